# The portal as a container: built with the Maven wrapper, run on a JRE.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY themes themes
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --no-create-home --uid 10001 portal
WORKDIR /app
COPY --from=build /build/target/neighbourhood-*.jar /app/portal.jar
USER portal
EXPOSE 8080
# Never the demo: it starts only with PUBLIC_URL and MAIL_HOST set, and FIRST_ADMIN_* for the first
# administrator (see README, Configuration).
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
