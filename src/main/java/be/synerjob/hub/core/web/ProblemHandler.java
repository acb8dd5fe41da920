package be.synerjob.hub.core.web;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error of the JSON API into an {@code application/problem+json} document with a stable
 * {@code type}. A 5xx never carries exception text; it is logged with an id that the problem names.
 */
@RestControllerAdvice(basePackages = "be.synerjob.hub")
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(HubException.class)
  ResponseEntity<ProblemDetail> hub(HubException e, HttpServletRequest request) {
    return Problems.response(e.problemType(), e.getMessage(), e.problems(), request);
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<ProblemDetail> denied(RuntimeException e, HttpServletRequest request) {
    return Problems.response(
        ProblemType.FORBIDDEN,
        "The API key lacks the scope this operation needs",
        List.of(),
        request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String reason = "'" + e.getValue() + "' is not a valid value";
    if (e.getRequiredType() != null && e.getRequiredType().isEnum()) {
      reason +=
          "; valid values: " + java.util.Arrays.toString(e.getRequiredType().getEnumConstants());
    }
    return Problems.response(
        ProblemType.INVALID_PARAMETER,
        "Parameter '" + e.getName() + "': " + reason,
        List.of(FieldProblem.of(e.getName(), "invalid", reason)),
        request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    String id = java.util.UUID.randomUUID().toString();
    log.error("Unexpected error {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
    return Problems.response(
        ProblemType.INTERNAL,
        "The hub could not process the request; the operators can trace it as error " + id,
        List.of(),
        request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof BodySizeLimitFilter.BodyTooLargeException) {
        return cast(
            Problems.response(
                ProblemType.BODY_TOO_LARGE, t.getMessage(), List.of(), servlet(request)));
      }
    }
    String detail = JsonErrors.describe(ex);
    return cast(
        Problems.response(ProblemType.MALFORMED_REQUEST, detail, List.of(), servlet(request)));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return cast(
        Problems.response(
            ProblemType.INVALID_PARAMETER,
            "Parameter '" + ex.getParameterName() + "' is required",
            List.of(FieldProblem.of(ex.getParameterName(), "required", "is required")),
            servlet(request)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return cast(
        Problems.response(
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            "Content type "
                + ex.getContentType()
                + " is not supported; send one of "
                + ex.getSupportedMediaTypes(),
            List.of(),
            servlet(request)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return cast(
        Problems.response(
            ProblemType.METHOD_NOT_ALLOWED,
            "Method "
                + ex.getMethod()
                + " is not allowed here; allowed: "
                + ex.getSupportedHttpMethods(),
            List.of(),
            servlet(request)));
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return cast(
        Problems.response(
            ProblemType.NOT_FOUND,
            "No resource at " + ex.getResourcePath(),
            List.of(),
            servlet(request)));
  }

  private static HttpServletRequest servlet(WebRequest request) {
    return request instanceof ServletWebRequest s ? s.getRequest() : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> r) {
    return (ResponseEntity) r;
  }
}
