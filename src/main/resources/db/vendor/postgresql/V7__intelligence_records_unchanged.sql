-- The intelligence register's records of what was collected, judged, released and said back are never changed or
-- removed: the database refuses it, whatever the code asks. See IntelligenceRegister.
create trigger intel_requirement_review_unchanged before update or delete on intel_requirement_review for each row execute function refuse_record_change();
create trigger intel_collection_result_unchanged before update or delete on intel_collection_result for each row execute function refuse_record_change();
create trigger intel_collection_follow_up_unchanged before update or delete on intel_collection_follow_up for each row execute function refuse_record_change();
create trigger intel_processing_unchanged before update or delete on intel_processing for each row execute function refuse_record_change();
create trigger intel_processed_result_unchanged before update or delete on intel_processed_result for each row execute function refuse_record_change();
create trigger intel_product_version_unchanged before update or delete on intel_product_version for each row execute function refuse_record_change();
create trigger intel_product_source_unchanged before update or delete on intel_product_source for each row execute function refuse_record_change();
create trigger intel_peer_review_unchanged before update or delete on intel_peer_review for each row execute function refuse_record_change();
create trigger intel_release_unchanged before update or delete on intel_release for each row execute function refuse_record_change();
create trigger intel_release_recipient_unchanged before update or delete on intel_release_recipient for each row execute function refuse_record_change();
create trigger intel_feedback_unchanged before update or delete on intel_feedback for each row execute function refuse_record_change();
