package dev.supervisorportal.backend.catalog;

import dev.supervisorportal.backend.catalog.internal.CatalogItem;
import dev.supervisorportal.backend.catalog.internal.CatalogItemRepository;
import dev.supervisorportal.backend.catalog.internal.VmClass;
import dev.supervisorportal.backend.catalog.internal.VmClassRepository;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.PlainText;
import dev.supervisorportal.backend.common.SystemOnly;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The catalog: VM classes, images, storage policies and Kubernetes releases. Everyone reads it; admins keep it. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    public static final int MAX_ITEM_NAME = 100;
    public static final int MAX_DESCRIPTION = 200;
    /** Bounds far above any real VM's, low enough that no sum of demands overflows. */
    public static final int MAX_VCPUS = 1024;
    public static final long MAX_MEMORY_MIB = 1_000_000_000L;

    private final VmClassRepository vmClasses;
    private final CatalogItemRepository items;

    CatalogService(VmClassRepository vmClasses, CatalogItemRepository items) {
        this.vmClasses = vmClasses;
        this.items = items;
    }

    @PreAuthorize("isAuthenticated()")
    public CatalogView catalog() {
        return new CatalogView(vmClasses.findAll().stream().map(VmClass::toView)
                .sorted(Comparator.comparing(VmClassView::cpus).thenComparing(VmClassView::memoryMib)
                        .thenComparing(VmClassView::name)).toList(),
                items(CatalogKind.IMAGE), items(CatalogKind.STORAGE_POLICY), items(CatalogKind.KUBERNETES_RELEASE));
    }

    public Optional<VmClassView> vmClass(String name) {
        return vmClasses.findByName(name).map(VmClass::toView);
    }

    public Optional<CatalogItemView> item(CatalogKind kind, String name) {
        return items.findByKindAndName(kind, name).map(CatalogItem::toView);
    }

    public boolean exists(CatalogKind kind, String name) {
        return items.existsByKindAndName(kind, name);
    }

    public List<CatalogItemView> items(CatalogKind kind) {
        return items.findByKindOrderByNameAsc(kind).stream().map(CatalogItem::toView).toList();
    }

    /** Fills an empty catalog when the portal is set up; not for signed-in users. */
    @SystemOnly
    @Transactional
    public void seed(List<VmClassView> classes, List<CatalogItemView> entries) {
        classes.stream().filter(vmClass -> vmClasses.findByName(vmClass.name()).isEmpty())
                .forEach(vmClass -> vmClasses.save(new VmClass(vmClass)));
        entries.stream().filter(entry -> !items.existsByKindAndName(entry.kind(), entry.name()))
                .forEach(entry -> items.save(new CatalogItem(entry.kind(), entry.name(), entry.description())));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public VmClassView addVmClass(VmClassView vmClass) {
        Dns1123.labelProblem(vmClass.name()).ifPresent(message -> {
            throw new InvalidInputException("name", message);
        });
        if (vmClass.cpus() < 1 || vmClass.memoryMib() < 1 || vmClass.reservation() == null) {
            throw new InvalidInputException("cpus", Msg.of("catalog.vm-class.too-small"));
        }
        if (vmClass.cpus() > MAX_VCPUS || vmClass.memoryMib() > MAX_MEMORY_MIB) {
            throw new InvalidInputException("cpus", Msg.of("catalog.vm-class.too-large", MAX_VCPUS, MAX_MEMORY_MIB));
        }
        if (vmClasses.findByName(vmClass.name()).isPresent()) {
            throw new ConflictException("name", Msg.of("catalog.vm-class.name-taken", vmClass.name()));
        }
        return vmClasses.save(new VmClass(vmClass)).toView();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CatalogItemView addItem(CatalogItemView item) {
        if (item.kind() == null) {
            throw new InvalidInputException("kind", Msg.of("catalog.item.kind-missing"));
        }
        String name = item.name() == null ? "" : item.name().strip();
        if (name.isEmpty() || name.length() > MAX_ITEM_NAME) {
            throw new InvalidInputException("name", Msg.of("catalog.item.name-length", MAX_ITEM_NAME));
        }
        PlainText.controlCharacterProblem(name).ifPresent(message -> {
            throw new InvalidInputException("name", message);
        });
        String description = item.description() == null ? "" : item.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", Msg.of("catalog.item.description-too-long", MAX_DESCRIPTION,
                    description.length()));
        }
        PlainText.controlCharacterProblem(description).ifPresent(message -> {
            throw new InvalidInputException("description", message);
        });
        if (items.existsByKindAndName(item.kind(), name)) {
            throw new ConflictException("name", Msg.of("catalog.item.name-taken", name));
        }
        return items.save(new CatalogItem(item.kind(), name, description)).toView();
    }
}
