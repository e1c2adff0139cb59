package org.neighbourhood.publishing;

import java.util.Collection;
import java.util.List;

import org.neighbourhood.base.Publishable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What the publishing pipeline asks of each content type's repository. */
@NoRepositoryBean
public interface TeamItemRepository<E extends Publishable> extends JpaRepository<E, Long> {

    List<E> findByNeighbourhoodIdIn(Collection<Long> neighbourhoodIds, Sort sort);
}
