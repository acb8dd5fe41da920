package be.synerjob.hub.core;

import java.net.URI;

/**
 * The catalogue of problem types the hub answers with (RFC 9457). The {@code type} URIs are stable:
 * clients may switch on them. Each type is documented in {@code docs/api/problems.md}.
 */
public enum ProblemType {
  VALIDATION("validation", 400, "The request contains invalid data"),
  MALFORMED_REQUEST("malformed-request", 400, "The request body could not be read"),
  INVALID_PARAMETER("invalid-parameter", 400, "A request parameter is invalid"),
  BATCH_TOO_LARGE("batch-too-large", 400, "The batch holds too many records"),
  BODY_TOO_LARGE("body-too-large", 413, "The request body is too large"),
  UNAUTHENTICATED("unauthenticated", 401, "A valid API key is required"),
  FORBIDDEN("forbidden", 403, "The API key does not allow this operation"),
  NOT_FOUND("not-found", 404, "The resource does not exist"),
  CONFLICT("conflict", 409, "The request conflicts with the current state"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "The content type is not supported"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "The method is not allowed on this resource"),
  INTERNAL("internal", 500, "The hub could not process the request");

  /** Base of every problem type URI. */
  public static final String BASE = "https://hub.synerjob.be/problems/";

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public URI type() {
    return URI.create(BASE + slug);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
