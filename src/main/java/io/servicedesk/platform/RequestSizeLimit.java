package io.servicedesk.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized bodies before anything parses them: 413, not an exhausted heap. A body without
 * Content-Length (chunked) is read up to the limit first, so it cannot slip past.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;

    RequestSizeLimit(long maxBytes, ObjectMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(response, "The request body has " + declared + " bytes; at most " + maxBytes + " are accepted");
            return;
        }
        if (declared < 0 && hasBody(request)) {
            CachedBodyRequest read = CachedBodyRequest.read(request, maxBytes);
            if (read == null) {
                refuse(response, "The request body has more than " + maxBytes + " bytes; at most " + maxBytes
                        + " are accepted");
                return;
            }
            chain.doFilter(read, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        SecurityConfiguration.writeProblem(json, response, HttpStatus.PAYLOAD_TOO_LARGE, detail, false);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }
}
