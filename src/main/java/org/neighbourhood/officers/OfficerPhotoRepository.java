package org.neighbourhood.officers;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficerPhotoRepository extends JpaRepository<OfficerPhoto, Long> {
}
