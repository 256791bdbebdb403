package io.kontor.standalone;

import io.kontor.command.CommandSideConfiguration;
import io.kontor.query.QuerySideConfiguration;
import io.kontor.ui.WebUiConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Kontor in one process: command side and query side on an embedded H2 file database under
 * {@code --kontor.data-dir} (default {@code ./data}), listening on 127.0.0.1, with the web interface at /ui/.
 */
@SpringBootApplication(scanBasePackageClasses = KontorStandaloneApplication.class)
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class, WebUiConfiguration.class})
public class KontorStandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(KontorStandaloneApplication.class, args);
    }
}
