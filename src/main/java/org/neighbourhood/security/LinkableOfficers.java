package org.neighbourhood.security;

import java.util.List;

/**
 * The officers an account may be linked to, for an administrator to choose by name. The officers feature
 * provides them, so that this feature stays below it: it depends on this one, never the other way round.
 */
public interface LinkableOfficers {

    /** Every officer, ordered by name. */
    List<LinkableOfficer> linkableOfficers();

    /** An officer as the account screen names them, such as "PC Agnieszka Wróblewska". */
    record LinkableOfficer(long id, String name) {
    }
}
