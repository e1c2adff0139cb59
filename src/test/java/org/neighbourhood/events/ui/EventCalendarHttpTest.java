package org.neighbourhood.events.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Calendar files over real HTTP: an address that names no public event is "not found", never a server error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventCalendarHttpTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"no-such-event", "a%20b", "%3Cscript%3E", "caf%C3%A9", "x%7Cy", "UPPER", "a..b", "%22"})
    void a_calendar_address_that_is_not_an_event_answers_not_found(String slug) throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/events/" + slug + ".ics"))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("GET /calendar/events/%s.ics", slug).isEqualTo(404);
    }
}
