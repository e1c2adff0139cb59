package org.neighbourhood.base;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Counts committed changes to any entity, so that what is built from content and kept in memory — the API's
 * read models — can tell it is out of date without each feature having to announce its changes. A generation
 * that moves on means something was written; what was written does not matter, as rebuilding is cheap.
 */
@Component
public class ContentChanges implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
        PostCommitDeleteEventListener {

    private final AtomicLong generation = new AtomicLong();

    ContentChanges(EntityManagerFactory entityManagerFactory) {
        var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_COMMIT_INSERT, this);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    /** Moves on after every committed insert, update or delete. */
    public long generation() {
        return generation.get();
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        generation.incrementAndGet();
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        generation.incrementAndGet();
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        generation.incrementAndGet();
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        // Nothing was written.
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        // Nothing was written.
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        // Nothing was written.
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return true;
    }
}
