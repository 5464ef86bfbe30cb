"""Classes of error a twenty-first blind benchmark of public data (benchmarks/wild21) exposed,
each in the shape public data has it, with values written here: an open-world name whose values
are plainly another thing (a firewall's verdicts, a yes/no flag about a birth date), a bit mask
under a postal code's abbreviation, an owner's handle with a slug under `full_name`, a protocol's
version under a request's name, a parsed log's message column, repeated sentences of customers,
and a person object's own description."""
from __future__ import annotations

from tests.classifiers.support import best_entity, classify_table


def test_an_open_world_name_over_values_that_are_plainly_something_else_is_contradicted():
    # a web firewall's decision per request: what the system did, no person's action
    verdicts = ["allow", "block", "allow", "allow", "block", "allow", "allow", "block"]
    assert best_entity("FirewallAction", verdicts, {"ClientIP": ["203.0.113.9"] * 8}) is None
    # a yes/no flag about how a birth date is known is no birth date
    assert best_entity("dob_estimated", [0, 1, 0, 0, 1, 0, 0], {"person_id": list(range(7))}) is None
    assert best_entity("birthday_verified", ["true", "false", "true", "true", "false", "true"]) is None
    # the birth dates themselves stay dates of birth, and a user's clicks stay behaviour
    assert best_entity("dob", ["1984-07-21", "1990-02-03", "1975-11-30", "2001-05-06", "1968-09-12"]) \
        == "DATE_OF_BIRTH"
    assert best_entity("user_action", ["add_to_cart", "view_item", "purchase", "search", "add_to_cart"]) \
        == "BEHAVIORAL_EVENT"


def test_a_bit_mask_under_a_postal_codes_abbreviation_is_no_postal_code():
    # a process's capability set as the journal prints it, leading zeros dropped
    assert best_entity("_CAP_EFFECTIVE", ["3fffffffff", "1fffffffff"],
                       {"_PID": ["812", "977"], "_COMM": ["sshd", "cron"]}) is None
    # an Italian CAP is still a postal code
    assert best_entity("cap", ["00184", "20121", "80133", "50123", "10121", "40126"]) == "LOCATION"


def test_an_owners_handle_with_a_slug_is_no_persons_name():
    # a list's `full_name` (`@owner/slug`) and a repository's (`owner/name`)
    assert best_entity("full_name", ["@acme_dev/testers", "@acme_dev/1442585319442984960"],
                       {"slug": ["testers", "1442585319442984960"]}) != "PERSON"
    assert best_entity("full_name", ["torvalds/linux", "octocat/Hello-World", "pallets/flask"]) != "PERSON"
    assert best_entity("full_name", ["Maria Lopez", "Kwame Mensah", "Jane Doe"]) == "PERSON"


def test_a_protocol_version_is_no_page_and_no_user_agent():
    protocols = ["HTTP/2", "HTTP/1.1", "HTTP/2", "HTTP/1.1", "HTTP/2", "HTTP/1.1", "HTTP/2"]
    assert best_entity("ClientRequestProtocol", protocols, {"ClientRequestURI": ["/", "/cart", "/login"] * 2
                                                           + ["/"]}) is None
    # the request's path is still behaviour
    assert best_entity("ClientRequestURI", ["/", "/checkout", "/products/42", "/login", "/cart", "/about"]) \
        == "VISITED_URL"


def test_a_parsed_logs_message_column_is_no_user_content():
    # a web application's log as JSON lines: the request, a level, the acting user, the message
    messages = ["Scan finished without findings", "Thumbnail generated for the uploaded picture",
                "Expired versions removed from the trash", "Search index updated with new documents",
                "Login throttled after failed attempts", "Background job completed in time"]
    table = classify_table("cloud_log", {"reqId": ["Qx81", "Qx82", "Qx83", "Qx84", "Qx85", "Qx86"],
                                         "level": [1, 1, 2, 1, 3, 1],
                                         "user": ["maria", "admin", "--", "jonas", "maria", "admin"],
                                         "app": ["files", "preview", "trash", "search", "core", "cron"],
                                         "message": messages})
    assert table["message"] is None
    assert table["user"] == "ACCOUNT_ID"
    # a chat's messages beside their sender stay what people wrote
    chat = classify_table("chat", {"sender.id": ["u1", "u2", "u3", "u1", "u2", "u3"], "message": [
        "See you at the station at nine, bring the tickets", "I can't make it tonight, sorry about that",
        "Did anyone find my blue umbrella after the meeting", "Happy birthday! Hope you have a lovely day",
        "We moved the dinner to Friday because of the rain", "Thanks for the photos, they look great"]})
    assert chat["message"] == "USER_CONTENT"


def test_repeated_sentences_of_customers_are_still_their_comments():
    said = ["I never asked for this card, please stop sending me mail.",
            "Your prices went up again and I am not happy about it.",
            "We love the new store in our town, thank you!",
            "Could you tell me when my order will arrive?",
            "My discount was not applied at the register."]
    # a sample database repeats five comments over sixty customers
    assert best_entity("CUST_COMMENTS", said * 12, {"CUST_ID": list(range(60))}) == "USER_CONTENT"
    # a program's status messages repeated as often stay no one's writing
    status = ["Payment accepted and queued for settlement", "Payment declined by the issuing bank",
              "Refund issued to the original payment method", "Order shipped from the central warehouse",
              "Order cancelled before it was packed"]
    assert best_entity("status_comments", status * 12, {"order_id": list(range(60))}) is None


def test_a_person_objects_description_is_their_own_writing():
    # tweets with their authors: each author's bio repeats on every tweet of theirs
    bios = ["Runner, baker, occasional poet.", "Writing about city buses and the people on them",
            "Dad of two. Opinions my own.", "Nurse in Leeds, tea enthusiast", "Learning Rust one bug at a time"]
    ids = ["11", "12", "13", "14", "15"]
    tweets = {"user.id": ids * 8, "user.screen_name": ["ann", "bo", "cy", "di", "ed"] * 8,
              "text": [f"tweet {i} about nothing much at all" for i in range(40)]}
    assert best_entity("user.description", bios * 8, tweets) == "USER_CONTENT"
    # a product's description, repeated on every order line, stays its label
    products = ["Stainless steel bottle, 750 ml", "Cotton tote bag", "Ceramic mug with lid", "Bamboo cutting board",
                "Wool socks"]
    assert best_entity("product.description", products * 8, {"product.id": ids * 8,
                                                              "quantity": list(range(40))}) != "USER_CONTENT"


def test_an_email_column_of_an_intranets_mailboxes_is_email():
    # a sample database's customers mail an internal host that has no public domain
    mailboxes = ["tammy.bryant@internalmail", "roy.white@internalmail", "gary.jenkins@internalmail",
                 "victor.morris@internalmail", "beverly.hughes@internalmail", "evelyn.torres@internalmail"]
    assert best_entity("EMAIL_ADDRESS", mailboxes, {"CUSTOMER_ID": list(range(6))}) == "EMAIL_ADDRESS"
    # without a name they decide nothing, and logins at machines stay logins
    assert best_entity("c07", mailboxes) is None
    assert best_entity("login", ["root@localhost", "git@server", "admin@backup", "deploy@web1", "root@db",
                                 "ops@mailhub"]) != "EMAIL_ADDRESS"


def test_a_review_named_inside_a_logs_messages_stays_what_the_buyer_wrote(tmp_path):
    """The message-column rule is for tables of parsed lines; a slot mined out of a log's
    messages (`内容：“…”`, the review a line reports) is the value the message names."""
    from classifiers.engine import classify_dataset
    from inventory.connectors.base import SampleOptions
    from inventory.connectors.logs import LogConnector

    reviews = ["物流很快，包装也很结实", "味道不错，孩子很喜欢吃", "客服态度好，下次还会再买", "尺码偏小，建议买大一号",
               "颜色和图片一样，很满意", "价格实惠，比超市便宜多了"]
    lines = []
    for n in range(36):
        stamp = f"2025-03-02 09:{n:02d}:1{n % 10}.{100 + n}"
        if n % 2:
            lines.append(f"{stamp} INFO  [http-nio-8080-exec-{n % 7}] c.s.shop.review.CommentService : "
                         f"收到评价，用户ID：{5100200 + n * 37}，评分：{1 + n % 5}星，内容：“{reviews[n % 6]}”")
        else:
            lines.append(f"{stamp} INFO  [http-nio-8080-exec-{n % 7}] c.s.shop.user.LoginService : "
                         f"用户登录成功，用户ID：{5100200 + n * 41}，IP：10.{n}.3.{n + 7}")
    (tmp_path / "shop_backend.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    connector = LogConnector(str(tmp_path))
    sample = connector.sample(next(connector.datasets()), SampleOptions(rows=200))
    results = classify_dataset(sample, embedded=False)
    found = {r.sample.path: (r.best().entity if r.best() else None) for r in results}
    content = [path for path in found if path.endswith("内容")]
    assert content and all(found[path] == "USER_CONTENT" for path in content)
