package dev.supervisorportal.portal.layout;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A view whose title in the navbar depends on what it shows (a namespace's name, say); the browser tab shows the
 * same title with the portal's name.
 */
public interface HasViewTitle extends HasDynamicTitle {

    String viewTitle();

    @Override
    default String getPageTitle() {
        return viewTitle() + " · Supervisor Portal";
    }
}
