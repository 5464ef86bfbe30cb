"""Static mode: classes of error of the fifteenth static benchmark's blind run, on
real-world-shaped schema (an OIDC provider's migrations, an IP address manager's MySQL install
script, a mailing-list tool's warehouse YAML)."""
from __future__ import annotations

from catalog.checks import check
from catalog.checks.static import columns_from_dbt, columns_from_sql, expand_stars, resolve_views, static_check_input
from catalog.datamap import empty_datamap
from catalog.policy import load_policy


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    resolve_views(schema)
    expand_stars(schema)
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


def test_an_oidc_providers_clients_users_and_keys():
    flagged = _flagged("""create table clients (id varchar not null constraint clients_pk primary key, name varchar,
    secret bytea, redirect_uris varchar not null, post_logout_redirect_uris varchar, access_token_alg varchar not null,
    auth_code_lifetime integer not null, default_scopes varchar not null);
create table users (id varchar not null constraint users_pk primary key, email varchar not null constraint users_email
    unique, given_name varchar not null, last_failed_login bigint,
    webauthn_user_id varchar constraint users_pk2 unique);
create table themes (client_id varchar not null constraint themes_clients_id_fk references clients, dark bytea);
create table devices (id varchar primary key, client_id varchar not null references clients, user_id varchar
    references users, peer_ip varchar not null);
create table pam_users (id bigserial primary key, gid bigint not null,
    email varchar not null constraint pam_users_users_email_fk references users (email), shell varchar not null);""")
    # a registry of OAuth applications by RFC 7591's metadata: its keys are programs'
    assert not {key for key in flagged if key[0] in {"clients", "themes"} or key == ("devices", "client_id")}
    # the user's id at another system (their passkeys' user handle) leaves `users.id` the user's
    assert flagged[("users", "id")] == flagged[("users", "webauthn_user_id")] == "account.id"
    assert ("users", "last_failed_login") not in flagged  # when a login last failed, a number
    # a foreign key to a column that is not a key holds that column's value
    assert flagged[("pam_users", "email")] == "contact.email"


def test_an_ip_address_managers_install_script():
    flagged = _flagged("""CREATE TABLE `customers` (`id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(128) NOT NULL, `address` varchar(255), `postcode` VARCHAR(32), `city` varchar(255),
  `lat` varchar(31), `long` varchar(31), `contact_person` text, `contact_phone` varchar(32),
  `contact_mail` varchar(254), `note` text, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE `vlans` (`vlanId` int(11) NOT NULL, `name` varchar(255), `customer_id` INT(11) unsigned);
CREATE TABLE `users` (`id` int(11) NOT NULL, `username` varchar(255), `email` varchar(254),
  `domainUser` binary(1) DEFAULT '0', PRIMARY KEY (`id`));
CREATE TABLE `settings` (`id` int(11) unsigned NOT NULL, `siteAdminMail` varchar(254),
  `siteLoginText` varchar(128), `scanPingPath` VARCHAR(64), `subnetOrdering` varchar(16));
CREATE TABLE `circuits` (`id` int(11) unsigned NOT NULL, `cid` varchar(128), `location1` int(11) unsigned,
  `comment` text);
CREATE TABLE `film_list` (`fid` int, `title` varchar(255));
CREATE TABLE `sessions` (`sid` varchar(64), `user_id` int);""", "mysql")
    # a row with a contact person is an organisation's: its address is the company's, its
    # contact person's name, phone and e-mail are the person's; what points to it is no one's
    assert {key: category for key, category in flagged.items() if key[0] in {"customers", "vlans"}} == {
        ("customers", "contact_person"): "identity.person_name", ("customers", "contact_phone"): "profile.phone_number",
        ("customers", "contact_mail"): "contact.email"}
    assert ("users", "domainUser") not in flagged  # a one-byte flag, never an account
    # an install's settings: its administrator's e-mail only
    assert {key for key in flagged if key[0] == "settings"} == {("settings", "siteAdminMail")}
    # a circuit's id, a key of a table of places, its notes; a film's id; a session's stays a cookie
    assert not {key for key in flagged if key[0] in {"circuits", "film_list"}}
    assert flagged[("sessions", "sid")] == "tracking.cookie_id"


def test_a_mailing_lists_contact_company_an_automations_email_and_a_members_mail_client():
    schema = columns_from_dbt("""version: 2
sources:
  - name: mailchimp
    tables:
      - name: list
        columns:
          - name: id
          - name: contact_address_1
          - name: contact_city
          - name: contact_company
          - name: default_from_email
            description: The default from email for campaigns sent to a list.
      - name: automation_email
        columns:
          - name: id
          - name: subject_line
            description: The subject line for the automation email.
          - name: to_name
            description: The automation email's custom 'To' name. Typically the first name merge field.
          - name: timewarp
            description: Send this automation email using Timewarp.
      - name: member
        columns:
          - name: id
          - name: email_address
          - name: email_client
            description: The list member's email client.
""", "src_mailchimp.yml")
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    flagged = {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}
    assert flagged == {("member", "id"): "account.id", ("member", "email_address"): "contact.email"}


def test_a_persons_employer_beside_their_contact_columns_leaves_them_theirs():
    flagged = _flagged("""CREATE TABLE contact (id bigint, property_firstname text, property_email text,
  property_company text, property_city text);""")
    assert flagged[("contact", "property_email")] == "contact.email"
    assert flagged[("contact", "property_city")] == "location.approximate"
