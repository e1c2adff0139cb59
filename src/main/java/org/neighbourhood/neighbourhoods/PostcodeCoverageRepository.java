package org.neighbourhood.neighbourhoods;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Postcode coverage rows, read and written in bulk with plain JDBC: a force has tens of thousands of them,
 * and they are only ever used whole, to build the locator's index.
 */
@Repository
class PostcodeCoverageRepository {

    private final JdbcClient jdbc;

    PostcodeCoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LocatorIndex.Coverage> findAll() {
        return jdbc.sql("select neighbourhood_id, postcode from postcode_coverage order by id")
                .query((rs, n) -> new LocatorIndex.Coverage(rs.getLong(1),
                        Postcode.parse(rs.getString(2)).orElseThrow()))
                .list();
    }

    void replace(Collection<Long> neighbourhoodIds, Collection<LocatorIndex.Coverage> coverage) {
        for (var id : neighbourhoodIds) {
            jdbc.sql("delete from postcode_coverage where neighbourhood_id = ?").param(id).update();
        }
        for (var row : coverage) {
            jdbc.sql("insert into postcode_coverage (neighbourhood_id, postcode) values (?, ?)")
                    .params(row.neighbourhoodId(), row.postcode().toString())
                    .update();
        }
    }
}
