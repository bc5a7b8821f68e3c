package io.servicedesk.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses oversized API bodies before anything reads them: 413, not an exhausted heap. */
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
        if (request.getContentLengthLong() > maxBytes) {
            SecurityConfiguration.writeProblem(json, response, HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body has " + request.getContentLengthLong() + " bytes; at most " + maxBytes
                            + " are accepted", false);
            return;
        }
        chain.doFilter(request, response);
    }
}
