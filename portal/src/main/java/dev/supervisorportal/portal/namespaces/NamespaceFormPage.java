package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.portal.layout.HasViewTitle;

/**
 * A page at {@code namespaces/:name/…} with a form for an action in the namespace: it asks the backend first, so a
 * user who may not take the action sees the access-denied page with the backend's words instead of the form.
 */
public abstract class NamespaceFormPage extends Main implements BeforeEnterObserver, HasViewTitle {

    protected final NamespaceService namespaces;
    private final NamespaceAction action;
    private final Msg toDoWhat;
    private String title;

    /**
     * @param action   what the form does in the namespace
     * @param toDoWhat what the form is for, as the refusal says it: "to create VMs"
     * @param title    the page's title until the namespace is known
     */
    protected NamespaceFormPage(NamespaceService namespaces, NamespaceAction action, Msg toDoWhat, String title) {
        this.namespaces = namespaces;
        this.action = action;
        this.toDoWhat = toDoWhat;
        this.title = title;
        addClassName("page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        String name = NamespacePages.namespaceName(event);
        NamespacePages.showOrRefuse(event, () -> {
            NamespaceRef namespace = namespaces.require(name, action, toDoWhat);
            removeAll();
            title = titleFor(namespace);
            show(namespace);
        });
    }

    /** The page's title for this namespace: "Create a VM in team-a-dev". */
    protected abstract String titleFor(NamespaceRef namespace);

    /** Builds the page's content for a namespace the user may edit. */
    protected abstract void show(NamespaceRef namespace);

    @Override
    public String viewTitle() {
        return title;
    }
}
