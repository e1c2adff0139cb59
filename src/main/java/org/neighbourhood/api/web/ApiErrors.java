package org.neighbourhood.api.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error under {@code /api} is a small JSON body, never the portal's HTML page: an address the API does not
 * have, and a method other than GET.
 */
@RestController
@RestControllerAdvice(assignableTypes = {PoliceApiController.class, OwnApiController.class, ApiErrors.class,
        OpenApiController.class})
class ApiErrors {

    /** Any deeper address under {@code /api} that no method answers; {@code /api} itself is the API's page. */
    @GetMapping("/api/*/**")
    ResponseEntity<byte[]> unknown() {
        return ApiResponses.error(HttpStatus.NOT_FOUND, "The API has no such address; see /api/openapi.json");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<byte[]> method() {
        return ApiResponses.error(HttpStatus.METHOD_NOT_ALLOWED, "The API is read-only: use GET");
    }
}
