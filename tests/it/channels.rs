//! Every channel says the same thing as the page, from the same build: snapshots of the feeds,
//! calendar, badge and ready-to-send text, and an edit that must reach all of them at once.

use crate::common::{NOW, TestSite};
use crate::library;

/// The snapshots say `[VERSION]` where the files name candor's version, so a release does not
/// rewrite them (`generator_names_candor_and_its_version` pins the version itself).
fn without_version() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(&env!("CARGO_PKG_VERSION").replace('.', r"\."), "[VERSION]");
    settings
}

#[test]
fn feeds_snapshot() {
    let site = TestSite::built();
    let _version = without_version().bind_to_scope();
    insta::assert_snapshot!("feed.atom", site.read("public/feed.atom"));
    insta::assert_snapshot!("feed.rss", site.read("public/feed.rss"));
    insta::assert_snapshot!("feed.json", site.read("public/feed.json"));
    insta::assert_snapshot!(
        "search.feed.json",
        site.read("public/components/search/feed.json")
    );
}

#[test]
fn calendar_and_badges_snapshot() {
    let site = TestSite::built();
    let _version = without_version().bind_to_scope();
    insta::assert_snapshot!(
        "maintenance.ics",
        site.read("public/maintenance.ics").replace("\r\n", "\n")
    );
    insta::assert_snapshot!("badge.svg", site.read("public/badge.svg"));
    insta::assert_snapshot!(
        "checkout.badge.svg",
        site.read("public/components/checkout/badge.svg")
    );
}

#[test]
fn announce_snapshots() {
    let site = TestSite::new("site");
    for format in ["email", "sms", "social", "slack"] {
        let text = site.announce("payments-down", &["--format", format]);
        if format == "social" {
            assert!(text.trim_end().chars().count() <= 280, "{format}: {text}");
        }
        insta::assert_snapshot!(format!("announce.{format}"), text);
    }
    // An earlier update, by number, carries its own promise.
    let first = site.announce("payments-down", &["--update", "1", "--format", "social"]);
    assert!(
        first.starts_with("Investigating: Card payments failing."),
        "{first}"
    );
    assert!(first.contains("Next update by 09:50 GMT today."), "{first}");
    assert!(first.trim_end().ends_with("#update-1"), "{first}");
}

/// A post is counted as X counts it, the strictest network it goes to: a title in Japanese
/// weighs two a character, so 200 of them are cut to fit 280 (counting characters, candor
/// wrote 280 characters that X counts as about 500).
#[test]
fn announce_posts_fit_x_s_weighted_count() {
    let site = TestSite::new("site");
    let title = "決済システムの障害".repeat(25);
    edit(
        &site,
        "incidents/payments-down.yaml",
        "title: Card payments failing",
        &format!("title: {title}"),
    );
    let post = site.announce("payments-down", &["--format", "social"]);
    let post = post.trim_end();
    // twitter-text v3: code points up to U+10FF and three punctuation ranges weigh one.
    let weight = |c: char| match c as u32 {
        0..=0x10FF | 0x2000..=0x200D | 0x2010..=0x201F | 0x2032..=0x2037 => 1,
        _ => 2,
    };
    let weighted: usize = post.chars().map(weight).sum();
    assert!(weighted <= 280, "{weighted}: {post}");
    assert!(post.starts_with("Identified: 決済システムの障害"), "{post}");
    assert!(
        post.ends_with("https://status.fixture.example/incidents/payments-down/#update-2"),
        "{post}"
    );
}

#[test]
fn announce_unknown_incident_suggests_one() {
    let site = TestSite::new("site");
    site.cmd(&["announce", "payment-down", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("did you mean `payments-down`?"));
    site.cmd(&["announce", "payments-down", "--update", "9", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("has no update 9; it has 2"));
}

/// The issue's "done when": change one incident file, rebuild, and find the change in every
/// channel of that same build.
#[test]
fn one_edit_reaches_every_channel_in_the_same_build() {
    let site = TestSite::built();
    let token = "Payments restored by rolling back certificate 7f3a";
    let file = site.read("incidents/payments-down.yaml");
    site.write(
        "incidents/payments-down.yaml",
        &format!(
            "{file}  - at: 2026-11-20T09:58:00Z\n    status: monitoring\n    author: Priya Raman\n    components: {{ checkout: operational, api: operational }}\n    next_update_by: 2026-11-20T10:30:00Z\n    body: {token}.\n"
        ),
    );
    site.build("public").success();
    for path in [
        "public/index.html",
        "public/incidents/payments-down/index.html",
        "public/feed.atom",
        "public/feed.rss",
        "public/feed.json",
        "public/components/checkout/feed.atom",
        "public/embed.html",
    ] {
        let text = site.read(path);
        assert!(
            text.contains(token) || text.contains("Monitoring"),
            "{path} lacks the new update"
        );
    }
    for path in [
        "public/feed.atom",
        "public/feed.rss",
        "public/feed.json",
        "public/incidents/payments-down/index.html",
    ] {
        assert!(site.read(path).contains(token), "{path} lacks the new text");
    }
    // The new promise shows wherever promises do.
    for path in ["public/index.html", "public/embed.html"] {
        assert!(
            site.read(path).contains("10:30 GMT"),
            "{path} lacks the new promise"
        );
    }
    // The Statuspage-compatible API says the same, in its own shape.
    let summary = site.read("public/api/v2/summary.json");
    assert!(summary.contains(token), "summary.json lacks the new update");
    assert!(
        summary.contains("\"status\": \"monitoring\""),
        "summary.json lacks the new status"
    );
    // All components operational again: the badges say so.
    assert!(
        site.read("public/components/checkout/badge.svg")
            .contains("operational")
    );
}

/// Entry ids of a built JSON Feed.
fn feed_ids(site: &TestSite, path: &str) -> Vec<String> {
    let feed: serde_json::Value = serde_json::from_str(&site.read(path)).unwrap();
    feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_short_feed_is_the_start_of_the_long_one_for_the_site_and_each_component() {
    let site = TestSite::built();
    let feeds = [
        "public/feed.json",
        "public/components/checkout/feed.json",
        "public/components/search/feed.json",
        "public/components/api/feed.json",
    ];
    let long: Vec<Vec<String>> = feeds.iter().map(|f| feed_ids(&site, f)).collect();
    assert!(long[0].len() > 2, "{:?}", long[0]);
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &format!("{config}feeds: {{ max_entries: 2 }}\n"),
    );
    site.build("public").success();
    for (path, all) in feeds.iter().zip(&long) {
        let short = feed_ids(&site, path);
        assert_eq!(short, all[..all.len().min(2)], "{path}");
    }
}

// Output that breaks its readers (issue 11): every writer escapes for its own format, and what
// no format can carry is an error at `check`.

/// `text` with `from` replaced by `to`, which must be there (so a fixture edit cannot silently
/// miss).
fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "`{from}` not in:\n{text}");
    text.replacen(from, to, 1)
}

fn edit(site: &TestSite, rel: &str, from: &str, to: &str) {
    let text = site.read(rel);
    site.write(rel, &replaced(&text, from, to));
}

/// What each `BEGIN:` line of an unfolded calendar opens, in order.
fn begins(unfolded: &str) -> Vec<&str> {
    unfolded
        .lines()
        .filter_map(|l| l.trim_end_matches('\r').strip_prefix("BEGIN:"))
        .collect()
}

/// `check --message-format short` on the site: its report and exit code.
fn check_short(site: &TestSite) -> (String, i32) {
    let out = site
        .cmd(&["check", "--message-format", "short", "--now", NOW])
        .output()
        .unwrap();
    (
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap(),
    )
}

/// The characters XML 1.0, RFC 5545 TEXT or a terminal cannot carry, each written as YAML
/// lets a person write it (a double-quoted escape), in every kind of text field.
#[test]
fn control_characters_are_an_error_at_check_pointing_at_the_value() {
    let site = TestSite::new("site");
    edit(
        &site,
        "candor.yaml",
        "title: Fixture Status",
        r#"title: "Fixture\x0bStatus""#,
    );
    edit(
        &site,
        "candor.yaml",
        "name: Search,",
        r#"name: "Search\uFFFE","#,
    );
    edit(
        &site,
        "candor.yaml",
        "contact: { name: Fixture Support,",
        r#"contact: { name: "Fixture\x7fSupport","#,
    );
    edit(
        &site,
        "incidents/payments-down.yaml",
        "title: Card payments failing",
        r#"title: "Card payments failing\0""#,
    );
    edit(
        &site,
        "incidents/payments-down.yaml",
        "role: Head of Customer Care,",
        r#"role: "Head of \e[31mCustomer Care","#,
    );
    edit(
        &site,
        "incidents/payments-down.yaml",
        "    author: Priya Raman\n",
        "    author: \"Priya\\x9bRaman\"\n",
    );
    edit(
        &site,
        "incidents/db-upgrade.yaml",
        "body: We will upgrade the database. The API may be read-only for a few minutes.",
        r#"body: "We will upgrade\r the database.""#,
    );
    edit(
        &site,
        "incidents/search-slow.yaml",
        "body: Search is back.",
        r#"body: "Search is back.\U0010FFFF""#,
    );
    let (report, code) = check_short(&site);
    assert_eq!(code, 1, "{report}");
    let help = "(help: delete it (in double quotes it is written";
    for want in [
        "candor.yaml:1:8: error: `title` contains U+000B (vertical tab), a control character",
        "candor.yaml:6:18: error: `contact.name` contains U+007F (delete), a control character",
        "candor.yaml:9:25: error: `components[1].name` contains U+FFFE, a noncharacter",
        "incidents/payments-down.yaml:1:8: error: `title` contains U+0000 (null), a control character",
        "incidents/payments-down.yaml:3:35: error: `owner.role` contains U+001B (escape), a control character",
        "incidents/payments-down.yaml:16:13: error: `updates[1].author` contains U+009B, a control character",
        "incidents/db-upgrade.yaml:11:11: error: `updates[0].body` contains U+000D (carriage return), a control character",
        "incidents/search-slow.yaml:18:11: error: `updates[1].body` contains U+10FFFF, a noncharacter",
    ] {
        let line = report
            .lines()
            .find(|l| l.starts_with(want))
            .unwrap_or_else(|| panic!("no `{want}` in:\n{report}"));
        assert!(line.contains(help), "{line}");
    }
    // Nothing is built from such a site.
    site.build("public").code(1);
    assert!(!site.path("public").exists());

    // A value another message quotes (`unknown component …`): the report shows no control
    // character to the terminal it is printed on, in either form.
    let site = TestSite::new("site");
    edit(
        &site,
        "incidents/search-slow.yaml",
        "components: [search]",
        r#"components: ["search\x9b[2J"]"#,
    );
    let (report, code) = check_short(&site);
    assert_eq!(code, 1, "{report}");
    assert!(
        report.contains(
            "incidents/search-slow.yaml:5:14: error: unknown component `search\u{fffd}[2J`"
        ),
        "{report}"
    );
    let human = site.cmd(&["check", "--now", NOW]).output().unwrap().stderr;
    let human = String::from_utf8(human).unwrap();
    assert!(
        human.contains("unknown component `search\u{fffd}[2J`"),
        "{human}"
    );
    for report in [&report, &human] {
        assert!(
            !report.chars().any(|c| c.is_control() && c != '\n'),
            "{report:?}"
        );
    }
}

/// A value that is one line everywhere it goes (a mail subject, a calendar line, a text
/// message) is refused with a line break in it; addresses are plain, links hold no spaces.
#[test]
fn line_breaks_in_one_line_values_and_bad_addresses_are_errors_at_check() {
    let site = TestSite::new("site");
    edit(
        &site,
        "candor.yaml",
        "base_url: https://status.fixture.example/",
        r#"base_url: "https://status.fixture.example/\nBEGIN:VEVENT""#,
    );
    edit(
        &site,
        "candor.yaml",
        "email: support@fixture.example",
        "email: support@fixture.example?cc=everyone@fixture.example",
    );
    edit(
        &site,
        "incidents/payments-down.yaml",
        "title: Card payments failing",
        "title: |\n  Card payments failing\n  Bcc: everyone@fixture.example",
    );
    edit(
        &site,
        "incidents/payments-down.yaml",
        "email: minter.dial@fixture.example",
        "email: \"Minter <minter.dial@fixture.example>\"",
    );
    let (report, code) = check_short(&site);
    assert_eq!(code, 1, "{report}");
    for want in [
        "candor.yaml:3:11: error: `base_url` is one line, but it has U+000A (line feed), a line break",
        "candor.yaml:6:42: error: `support@fixture.example?cc=everyone@fixture.example` is not an email address (help: write only the address",
        // A block's value starts on its first line of text.
        "incidents/payments-down.yaml:2:3: error: `title` is one line, but it has U+000A (line feed), a line break",
        "incidents/payments-down.yaml:5:65: error: `Minter <minter.dial@fixture.example>` is not an email address",
    ] {
        assert!(
            report.lines().any(|l| l.starts_with(want)),
            "no `{want}` in:\n{report}"
        );
    }
    // `--base-url` answers to the same rule as the config's.
    site.cmd(&[
        "build",
        "--now",
        NOW,
        "--base-url",
        "https://preview.fixture.example/\r\nBEGIN:VEVENT",
    ])
    .assert()
    .code(2)
    .stderr(predicates::str::contains(
        "--base-url `https://preview.fixture.example/ BEGIN:VEVENT` contains U+000D (carriage return), a control character, which a link cannot hold",
    ));
    // A link with a space, and a base_url that is not a folder.
    let site = TestSite::new("site");
    edit(
        &site,
        "candor.yaml",
        "base_url: https://status.fixture.example/",
        "base_url: https://status.fixture.example/?page=1",
    );
    edit(
        &site,
        "candor.yaml",
        "contact: { name: Fixture Support,",
        "contact: { url: \"https://fixture.example/help me\", name: Fixture Support,",
    );
    let (report, code) = check_short(&site);
    assert_eq!(code, 1, "{report}");
    assert!(
        report.contains(
            "candor.yaml:3:11: error: base_url `https://status.fixture.example/?page=1` has a `?` query or a `#` fragment"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "candor.yaml:6:17: error: `contact.url` contains a space, which a link cannot hold"
        ),
        "{report}"
    );
}

/// Text that every format can carry, but only escaped: markup, quotes, CDATA ends, iCalendar's
/// `;`, `,` and `\`, bidi controls. Each output is read back with a strict parser and says
/// exactly what the file said.
#[test]
fn markup_and_separators_reach_every_format_escaped_and_intact() {
    let site = TestSite::new("site");
    let site_title = r#"Fixture; Status, "Ops" <b>&amp;</b> \ ]]>"#;
    let component = "Search & <Find>, \"fast\"; \\ 検索";
    let maintenance = "Upgrade; DB, \"v2\" <i>now</i> & \\ ]]> \u{202e}cilbup";
    edit(
        &site,
        "candor.yaml",
        "title: Fixture Status",
        &format!("title: '{site_title}'"),
    );
    edit(
        &site,
        "candor.yaml",
        "name: Search,",
        &format!(
            "name: \"{}\",",
            component.replace('\\', "\\\\").replace('"', "\\\"")
        ),
    );
    edit(
        &site,
        "incidents/db-upgrade.yaml",
        "title: Database upgrade",
        &format!(
            "title: \"{}\"",
            maintenance.replace('\\', "\\\\").replace('"', "\\\"")
        ),
    );
    edit(
        &site,
        "incidents/db-upgrade.yaml",
        "body: We will upgrade the database. The API may be read-only for a few minutes.",
        "body: \"We will upgrade\\Lthe database; <script>x</script>, ]]>.\"",
    );
    edit(
        &site,
        "incidents/payments-down.yaml",
        "Card payments are failing for most customers.",
        "Card payments are failing; ]]> <![CDATA[ & \"quotes\", for most customers.",
    );
    site.build("public").success();

    // Atom and RSS: well-formed XML 1.0, and the titles read back as written.
    let atom = site.read("public/feed.atom");
    roxmltree::Document::parse(&atom).unwrap_or_else(|e| panic!("feed.atom: {e}\n{atom}"));
    let feed = atom_syndication::Feed::read_from(atom.as_bytes()).unwrap();
    assert_eq!(feed.title().as_str(), site_title);
    let rss = site.read("public/feed.rss");
    roxmltree::Document::parse(&rss).unwrap_or_else(|e| panic!("feed.rss: {e}\n{rss}"));
    let channel = rss::Channel::read_from(rss.as_bytes()).unwrap();
    assert_eq!(channel.title(), site_title);
    let search = site.read("public/components/search/feed.atom");
    let feed = atom_syndication::Feed::read_from(search.as_bytes()).unwrap();
    assert_eq!(feed.title().as_str(), format!("{component} — {site_title}"));
    let feed = atom_syndication::Feed::read_from(atom.as_bytes()).unwrap();
    let summaries: Vec<&str> = feed
        .entries()
        .iter()
        .filter_map(|e| e.summary().map(|s| s.as_str()))
        .collect();
    assert!(
        summaries.contains(
            &"Card payments are failing; ]]> <![CDATA[ & “quotes”, for most customers. <b>Not bold</b>."
        ),
        "{summaries:?}"
    );
    let descriptions = channel
        .items()
        .iter()
        .filter_map(|i| i.description())
        .collect::<Vec<_>>();
    assert!(
        descriptions
            .iter()
            .any(|d| d.contains("failing; ]]&gt; &lt;![CDATA[ &amp; “quotes”")),
        "{descriptions:?}"
    );
    let json: serde_json::Value = serde_json::from_str(&site.read("public/feed.json")).unwrap();
    assert_eq!(json["title"], site_title);

    // Badges: well-formed SVG whose title says what the file says.
    for path in ["public/badge.svg", "public/components/search/badge.svg"] {
        let svg = site.read(path);
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(doc.root_element().tag_name().name(), "svg", "{path}");
    }
    let svg = site.read("public/components/search/badge.svg");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let title = doc
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text())
        .unwrap();
    assert_eq!(title, format!("{component}: operational"));
    // Wide letters widen the badge.
    let width = |svg: &str| -> u32 {
        let doc = roxmltree::Document::parse(svg).unwrap();
        doc.root_element()
            .attribute("width")
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(width(&svg) > width(&site.read("public/components/api/badge.svg")));

    // The calendar: one event, as RFC 5545 content lines, its values read back.
    let ics = site.read("public/maintenance.ics");
    assert!(
        !ics.replace("\r\n", "").contains('\r'),
        "a lone CR:\n{ics:?}"
    );
    let unfolded = icalendar::parser::unfold(&ics);
    assert_eq!(begins(&unfolded), ["VCALENDAR", "VEVENT"], "{ics}");
    for line in unfolded.lines() {
        let name = line.split([':', ';']).next().unwrap();
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '-'),
            "not a content line: {line:?}"
        );
    }
    let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
    let cal: icalendar::Calendar = parsed.into();
    use icalendar::Component;
    let event = cal.components[0].as_event().unwrap();
    assert_eq!(
        event.get_summary(),
        Some(&*format!("Maintenance: {maintenance}"))
    );
    assert!(
        unfolded.contains(
            r#"X-WR-CALNAME:Fixture\; Status\, "Ops" <b>&amp\;</b> \\ ]]> — scheduled maintenance"#
        ),
        "{ics}"
    );
}

/// The calendar's PRODID (RFC 5545 §3.7.3) and the feeds' generator name candor and its
/// version, read back by the parsers calendar apps and feed readers use: the calendar once
/// said `ICALENDAR-RS` (the crate's default) and the feeds a bare `candor`.
#[test]
fn generator_names_candor_and_its_version() {
    let site = TestSite::built();
    let version = env!("CARGO_PKG_VERSION");
    let ics = icalendar::parser::unfold(&site.read("public/maintenance.ics"));
    let cal = icalendar::parser::read_calendar(&ics).unwrap();
    let prodids: Vec<String> = (cal.properties.iter())
        .filter(|p| p.name == "PRODID")
        .map(|p| p.val.to_string())
        .collect();
    assert_eq!(prodids, [format!("-//candor//candor {version}//EN")]);
    let atom = atom_syndication::Feed::read_from(site.read("public/feed.atom").as_bytes()).unwrap();
    let generator = atom.generator().expect("feed.atom has a generator");
    assert_eq!(
        (generator.value(), generator.version()),
        ("candor", Some(version))
    );
    let rss = rss::Channel::read_from(site.read("public/feed.rss").as_bytes()).unwrap();
    assert_eq!(rss.generator(), Some(&*format!("candor {version}")));
}

/// The writers hold by themselves: text `check` would refuse, put straight into the model,
/// comes out of every feed, badge and the calendar as each format can carry it.
#[test]
fn writers_drop_what_their_format_cannot_carry_even_past_check() {
    use std::sync::Arc;
    let site = TestSite::new("site");
    let opts = site.options();
    let (model, diags) = library::check(&opts);
    let mut model = model.unwrap_or_else(|| panic!("{diags:?}"));
    let nasty = "\x0b\0\x1b[31m\u{fffe}\u{9b}2J\r\nBEGIN:VEVENT\r\nSUMMARY:injected";
    model.config.title.push_str(nasty);
    model.config.components[1].name.push_str(nasty);
    for inc in &mut model.incidents {
        let inc = Arc::make_mut(inc);
        inc.title.push_str(nasty);
        inc.owner.name.push_str(nasty);
        for u in &mut inc.updates {
            u.body.push_str(nasty);
            Arc::make_mut(&mut u.author).name.push_str(nasty);
            Arc::make_mut(&mut u.author).initials.push_str(nasty);
        }
    }
    let theme = library::Theme::builtin();
    let tera = theme.compile().unwrap();
    let templates = library::Templates {
        tera: &tera,
        theme: &theme,
    };
    let out = library::render_site(&model, &templates, opts.now, library::Sink::Memory).unwrap();
    let text = |path: &str| String::from_utf8(out.get(path).unwrap().to_vec()).unwrap();
    for path in [
        "feed.atom",
        "feed.rss",
        "components/search/feed.atom",
        "components/search/feed.rss",
        "badge.svg",
        "components/search/badge.svg",
    ] {
        let xml = text(path);
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let feed = atom_syndication::Feed::read_from(text("feed.atom").as_bytes()).unwrap();
    assert!(
        feed.title().starts_with("Fixture Status[31m2J"),
        "{}",
        feed.title().as_str()
    );
    for path in ["feed.json", "components/search/feed.json"] {
        let json = text(path);
        serde_json::from_str::<serde_json::Value>(&json).unwrap();
        assert!(
            !json.contains("\\u000b") && !json.contains("\\u001b"),
            "{path}"
        );
    }
    let ics = text("maintenance.ics");
    assert!(!ics.replace("\r\n", "").contains('\r'), "{ics:?}");
    let unfolded = icalendar::parser::unfold(&ics);
    assert_eq!(begins(&unfolded), ["VCALENDAR", "VEVENT"], "{ics}");
    assert!(
        !unfolded.lines().any(|l| l.starts_with("SUMMARY:injected")),
        "{ics}"
    );
    assert!(
        !unfolded
            .chars()
            .any(|c| c.is_control() && c != '\r' && c != '\n'),
        "{unfolded:?}"
    );

    // `announce` prints to a terminal: nothing from the files acts on it, and the mail's
    // subject stays one header.
    let p = library::prepare(&model, opts.now);
    use crate::library::{AnnounceFormat, announce};
    for format in [
        AnnounceFormat::Email,
        AnnounceFormat::Sms,
        AnnounceFormat::Social,
        AnnounceFormat::Slack,
    ] {
        let msg = announce(&p, "payments-down", None, format).unwrap();
        assert!(
            !msg.chars().any(|c| c.is_control() && c != '\n'),
            "{format:?}: {msg:?}"
        );
        if format == AnnounceFormat::Email {
            let mut lines = msg.lines();
            assert!(
                lines
                    .next()
                    .unwrap()
                    .starts_with("Subject: [Identified] Card payments failing")
            );
            assert_eq!(lines.next(), Some(""), "{msg}");
        }
    }
}

/// A long site title and long component names: a post still fits in 280 characters and a text
/// message in one segment, with the link whole; the mail's subject stays one line; Slack text cannot mention
/// `<!channel>` or bend a link, whatever the files say.
#[test]
fn announce_holds_each_channel_s_limits_and_syntax_whatever_the_text() {
    let site = TestSite::new("site");
    let long_title = "Fixture Status for every customer of the fixture company ".repeat(6);
    let long_title = long_title.trim_end();
    assert!(long_title.chars().count() >= 300);
    edit(
        &site,
        "candor.yaml",
        "title: Fixture Status",
        &format!("title: {long_title}"),
    );
    edit(
        &site,
        "candor.yaml",
        "name: Checkout,",
        &format!(
            "name: {},",
            "Checkout and basket and payments ".repeat(8).trim_end()
        ),
    );
    edit(
        &site,
        "incidents/payments-down.yaml",
        "title: Card payments failing",
        "title: \"Card payments <!channel> failing at checkout\"",
    );
    edit(
        &site,
        "incidents/payments-down.yaml",
        "See [the notice](https://fixture.example/notice)",
        "See [the notice](https://fixture.example/notice|<!channel>) & <!here>",
    );
    let run = |format: &str| site.announce("payments-down", &["--format", format]);
    let url = "https://status.fixture.example/incidents/payments-down/#update-2";
    // Every character here is ASCII: one SMS segment is 160 of them (tests/it/sms.rs counts
    // segments as the network does).
    for (format, limit) in [("sms", 160), ("social", 280)] {
        let msg = run(format);
        let msg = msg.trim_end();
        assert!(
            msg.chars().count() <= limit,
            "{format}: {} chars: {msg}",
            msg.chars().count()
        );
        assert!(msg.ends_with(url), "{format}: the link is whole: {msg}");
        assert!(msg.contains("Identified"), "{format}: {msg}");
        assert!(
            msg.contains("Next update by 10:15 GMT today."),
            "{format}: {msg}"
        );
        // Cut at words: every word of the message is a word of the inputs or ends in "…".
        assert!(!msg.contains(" …"), "{format}: {msg}");
    }
    // The site's name gave way; the incident's title did not.
    let sms = run("sms");
    assert!(
        sms.starts_with("Identified: Card payments <!channel> failing at checkout. Next"),
        "{sms}"
    );

    let slack = run("slack");
    assert!(!slack.contains("<!"), "a mention got through: {slack}");
    // Every `<…>` is a link this code built: `<http…|text>` with nothing unescaped inside.
    for part in slack.split('<').skip(1) {
        let inner = part.split('>').next().unwrap();
        assert!(inner.starts_with("http"), "{inner} in {slack}");
        assert_eq!(inner.matches('|').count(), 1, "{inner} in {slack}");
    }
    assert!(
        slack.contains("<https://fixture.example/notice%7C&lt;!channel&gt;|the notice>"),
        "{slack}"
    );

    let email = run("email");
    let mut lines = email.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("Subject: [Identified] Card payments")
    );
    assert_eq!(lines.next(), Some(""), "{email}");

    // A link too long for any post: said, not cut.
    edit(
        &site,
        "candor.yaml",
        "base_url: https://status.fixture.example/",
        &format!(
            "base_url: https://status.fixture.example/{}",
            "very-long-path/".repeat(20)
        ),
    );
    site.cmd(&[
        "announce",
        "payments-down",
        "--format",
        "social",
        "--now",
        NOW,
    ])
    .assert()
    .code(1)
    .stderr(predicates::str::contains(
        "characters: with its status it does not fit in a 280-character post",
    ));
}
