package org.gdplayground.classroom;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address students' phones use to join: {@code playground.public-url} when it is set (e.g.
 * {@code http://192.168.0.10:8080}), else the address the teacher's browser used. An address only this machine can
 * reach (localhost, 127.0.0.1, ::1) is flagged, with the machine's own network addresses offered instead.
 */
@Component
public class JoinLinks {

    private final String publicUrl;

    public JoinLinks(@Value("${playground.public-url:}") String publicUrl) {
        String p = publicUrl.strip();
        this.publicUrl = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The configured public address, or empty. */
    public String publicUrl() {
        return publicUrl;
    }

    /** The base of join links: the public address, or {@code requestBase} (scheme, host, port, context). */
    public String base(String requestBase) {
        return publicUrl.isEmpty() ? requestBase : publicUrl;
    }

    /** Whether a host name is reachable from this machine only. */
    public static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * Base addresses on this machine's network interfaces (IPv4, up, not loopback) with {@code scheme} and
     * {@code port}, e.g. {@code http://192.168.0.10:8080}; the private (site-local) ones first.
     */
    public List<String> lanBases(String scheme, int port) {
        List<String> privateOnes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback() || ni.isVirtual()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        String base = scheme + "://" + a.getHostAddress() + ":" + port;
                        (a.isSiteLocalAddress() ? privateOnes : others).add(base);
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        privateOnes.addAll(others);
        return privateOnes.stream().distinct().limit(6).toList();
    }
}
