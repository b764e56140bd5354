/** Exceptions every feature's services throw, so the forms and the API can turn them into clear messages. */
package dev.supervisorportal.backend.common;
