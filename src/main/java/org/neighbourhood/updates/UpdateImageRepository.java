package org.neighbourhood.updates;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UpdateImageRepository extends JpaRepository<UpdateImage, Long> {

    /** The description alone, without loading the picture. */
    @Query("select i.alt from UpdateImage i where i.updateId = :updateId")
    Optional<String> findAltByUpdateId(long updateId);
}
