package dev.supervisorportal.backend.workloads.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PodContainerRepository extends JpaRepository<PodContainer, Long> {

    List<PodContainer> findByWorkloadIdInOrderByNameAsc(List<Long> workloadIds);

    void deleteByWorkloadId(long workloadId);
}
