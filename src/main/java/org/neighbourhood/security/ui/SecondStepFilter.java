package org.neighbourhood.security.ui;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.neighbourhood.security.SecondStepPending;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a browser whose password was accepted but whose two-step code is still awaited to the code step
 * whenever it opens a back-office page, before Vaadin's access control sees a half-signed-in visitor.
 */
class SecondStepFilter extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy securityContext;

    SecondStepFilter(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && (path.equals("/admin") || path.startsWith("/admin/"))
                && securityContext.getContext().getAuthentication() instanceof SecondStepPending) {
            response.sendRedirect(request.getContextPath() + "/login/code");
            return;
        }
        chain.doFilter(request, response);
    }
}
