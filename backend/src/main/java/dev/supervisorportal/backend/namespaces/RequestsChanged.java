package dev.supervisorportal.backend.namespaces;

/**
 * Published when a namespace or quota request was sent or decided, so that the pages that list requests (the admins'
 * approval queue, the counts on the dashboard) can show it once the change commits.
 */
public record RequestsChanged() {
}
