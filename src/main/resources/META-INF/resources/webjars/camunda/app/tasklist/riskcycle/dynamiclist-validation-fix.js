/*
 * RiskCycle fix for Camunda 7.24 Tasklist + form-js dynamic lists.
 *
 * Problem: when a field inside a form-js `dynamiclist` is edited and is valid,
 * form-js clears its error with set(errors, [fieldId, index], undefined), which
 * leaves an empty entry behind (e.g. errors.Field_RiskTitle = [ <empty> ]).
 * Tasklist listens with
 *   form.on('changed', e => notifyFormValidated(!!Object.keys(e.errors).length))
 * so it treats the form as invalid and keeps "Complete" disabled until "Save"
 * re-runs the full validation.
 *
 * Fix: for every form-js form Tasklist renders, register a 'changed' listener
 * on the form's event bus with a higher priority than Tasklist's (default 1000).
 * It replaces `errors` on the event object (not in the form's state) with a
 * copy without the entries that contain no error message, so the listeners
 * that run after it (Tasklist's, form-js' renderer) see only real errors.
 * Real validation errors are kept, so they still disable "Complete"; the
 * Complete action itself still runs form-js' full validation as before.
 *
 * Tasklist loads this file with import() (listed in scripts/config.js under
 * customScripts); it only needs side effects, so there is no default export.
 * The form-js instance is private to Tasklist, so the event bus is taken from
 * the FormContext that form-js renders with Preact into its `.fjs-container`
 * (Preact 10 keeps the rendered vnode tree on the DOM node as `__k`).
 * If that lookup fails (e.g. after a Camunda upgrade) nothing is changed and
 * Tasklist behaves as without this script; a warning goes to the console.
 */

const PRIORITY = 1500; // runs before Tasklist's listener (priority 1000)
const patchedBuses = new WeakSet();

// true if the value (string, or nested arrays/objects of them) holds a message
function hasError(value) {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.some(hasError); // skips array holes
  if (typeof value === 'object') return Object.values(value).some(hasError);
  return true;
}

function onChanged(event) {
  const errors = event && event.errors;
  if (!errors || typeof errors !== 'object') return;
  const keys = Object.keys(errors);
  const real = keys.filter((key) => hasError(errors[key]));
  if (real.length === keys.length) return;
  const pruned = {};
  real.forEach((key) => { pruned[key] = errors[key]; });
  event.errors = pruned;
  // must return undefined: a return value would stop the event's propagation
}

// depth-first search of the Preact vnode tree for form-js' FormContext value
function findFormContext(vnode, depth) {
  if (!vnode || typeof vnode !== 'object' || depth > 12) return null;
  const value = vnode.props && vnode.props.value;
  if (value && typeof value.getService === 'function') return value;
  const children = vnode.__k || vnode._children;
  if (!Array.isArray(children)) return null;
  for (const child of children) {
    const found = findFormContext(child, depth + 1);
    if (found) return found;
  }
  return null;
}

function patchContainer(container) {
  try {
    const context = findFormContext(container.__k || container._children, 0);
    const eventBus = context && context.getService('eventBus', false);
    if (!eventBus || typeof eventBus.on !== 'function') {
      console.warn('RiskCycle: form-js event bus not found; dynamic list fix inactive');
      return;
    }
    if (patchedBuses.has(eventBus)) return;
    patchedBuses.add(eventBus);
    eventBus.on('changed', PRIORITY, onChanged);
  } catch (e) {
    console.warn('RiskCycle: dynamic list fix not applied', e);
  }
}

// a rendered form-js form is a <form class="fjs-form"> inside a .fjs-container
function scan(root) {
  if (!root || !root.querySelectorAll) return;
  const forms = root.matches && root.matches('form.fjs-form')
    ? [root] : root.querySelectorAll('form.fjs-form');
  forms.forEach((form) => {
    const container = form.closest('.fjs-container');
    if (container) patchContainer(container);
  });
}

new MutationObserver((mutations) => {
  mutations.forEach((m) => m.addedNodes.forEach(scan));
}).observe(document.documentElement, { childList: true, subtree: true });
scan(document);
