package org.riskcycle.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may be sent: absolute http or https URLs, and, unless private networks are allowed, only to public
 * addresses (checked when subscribing and again before each delivery, since a name may resolve differently later).
 */
@Component
class WebhookDestinations {

  private final WebhookProperties properties;

  WebhookDestinations(WebhookProperties properties) {
    this.properties = properties;
  }

  /** Why the URL may not receive webhooks, if it may not. */
  Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("must be an absolute http or https URL");
    }
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
        || uri.getUserInfo() != null) {
      return Optional.of("must be an absolute http or https URL without user information");
    }
    if (properties.allowPrivateNetworks()) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
            || address.isAnyLocalAddress() || address.isMulticastAddress() || isPrivateRange(address)) {
          return Optional.of("must not point at a loopback, private or link-local address");
        }
      }
    } catch (UnknownHostException e) {
      return Optional.of("names a host that cannot be resolved");
    }
    return Optional.empty();
  }

  /** The private ranges Java does not call site-local: IPv6 unique local (fc00::/7) and shared 100.64.0.0/10. */
  static boolean isPrivateRange(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc
        || bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
  }
}
