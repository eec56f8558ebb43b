-- Keycloak keeps its own data in a database of its own on the same server.
CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
CREATE DATABASE keycloak OWNER keycloak;
