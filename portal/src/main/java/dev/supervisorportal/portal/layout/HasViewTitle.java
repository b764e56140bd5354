package dev.supervisorportal.portal.layout;

/** A view whose title in the navbar depends on what it shows (a namespace's name, say). */
public interface HasViewTitle {

    String viewTitle();
}
