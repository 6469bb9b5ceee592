package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who an API request counts against: its remote address. Behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so that this is the address the proxy saw (X-Forwarded-For),
 * never a header a client may write itself. A class behind one school NAT shares one address: the defaults
 * ({@link ApiLimits}) leave room for a class, and the pages' own work is never counted here.
 */
final class ClientId {

    private ClientId() {
    }

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.isEmpty() ? "unknown" : address;
    }
}
