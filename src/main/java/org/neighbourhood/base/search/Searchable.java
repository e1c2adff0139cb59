package org.neighbourhood.base.search;

/**
 * An entity whose public page can be found. It is indexed with {@link SearchDocumentBinder}, which asks it for its
 * entry whenever one of the properties the binding names changes.
 */
public interface Searchable {

    SearchEntry searchEntry();
}
