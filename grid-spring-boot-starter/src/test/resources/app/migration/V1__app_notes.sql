-- An application's own first migration, applied by Spring Boot's Flyway in flyway_schema_history.
CREATE TABLE app_note (id INT PRIMARY KEY, text VARCHAR(100));
