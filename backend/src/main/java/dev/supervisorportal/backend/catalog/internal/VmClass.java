package dev.supervisorportal.backend.catalog.internal;

import dev.supervisorportal.backend.catalog.Reservation;
import dev.supervisorportal.backend.catalog.VmClassView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class VmClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private int cpus;
    private long memoryMib;

    @Enumerated(EnumType.STRING)
    private Reservation reservation;

    protected VmClass() {
    }

    public VmClass(VmClassView view) {
        this.name = view.name();
        this.cpus = view.cpus();
        this.memoryMib = view.memoryMib();
        this.reservation = view.reservation();
    }

    public VmClassView toView() {
        return new VmClassView(name, cpus, memoryMib, reservation);
    }
}
