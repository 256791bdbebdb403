package io.kontor.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * A clean stop leaves the embedded database file the size of its data: once the data source has closed the
 * database, the file is rewritten ({@link EmbeddedFileRewrite}). Only for the embedded default (not when a
 * datasource URL is configured); {@code kontor.h2.rewrite-at-stop: false} turns it off.
 */
@Component(EmbeddedFileRewriteAtStop.NAME)
class EmbeddedFileRewriteAtStop implements DisposableBean {

    static final String NAME = "embeddedFileRewriteAtStop";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFileRewriteAtStop.class);

    private final Path directory;

    EmbeddedFileRewriteAtStop(Environment environment, @Value("${kontor.h2.rewrite-at-stop:true}") boolean enabled) {
        this.directory = enabled ? EmbeddedDatabaseLocation.embeddedDirectory(environment).orElse(null) : null;
    }

    /** Runs after the data source's own destruction (see {@link DataSourceClosesFirst}): the database is closed. */
    @Override
    public void destroy() {
        if (directory == null) {
            return;
        }
        try {
            EmbeddedFileRewrite.Result result = EmbeddedFileRewrite.rewrite(directory);
            LOG.info("Rewrote the H2 file at the stop: {} MB -> {} MB in {} ms", result.before() >> 20, result.after() >> 20,
                    result.millis());
        } catch (Exception e) {
            // The file stays as the close left it: whole, only larger.
            LOG.warn("The H2 file was not rewritten at the stop: {}", e.toString());
        }
    }

    /** Makes the data source depend on the rewrite, so Spring destroys the data source first. */
    @Component
    static class DataSourceClosesFirst extends AbstractDependsOnBeanFactoryPostProcessor {

        DataSourceClosesFirst() {
            super(DataSource.class, NAME);
        }
    }
}
