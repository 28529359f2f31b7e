//! One run of `candor notify`: check the site, take each target's baseline on its first run,
//! then send each target, in order, every due entry its ledger does not record as sent:
//! targets side by side (one slow or failing target does not hold up the others), entries
//! one after another (a target that fails stops there, so nothing arrives out of order),
//! each send recorded as begun before it is made and as sent once the target took it.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::model::{Site, Target};
use crate::pipeline::{self, BuildOptions};
use crate::render::Prepared;

use super::cache::{self, Cache};
use super::deliver::{Deliver, Failure};
use super::entries::{self, Entry};
use super::event::{Event, Tell};
use super::ledger::{Ledger, Line, State};
use super::message::{Message, message};
use super::targets::{Env, open};

/// What `candor notify` is asked to do.
#[derive(Debug, Clone)]
pub struct NotifyOptions {
    pub build: BuildOptions,
    /// Print what would go where; send nothing, record nothing.
    pub dry_run: bool,
    /// Only these targets, by name; every target when empty.
    pub only: Vec<String>,
}

/// How the run went.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub sent: usize,
    /// Targets that could not take every entry this run (they are tried again next run).
    pub failed: Vec<String>,
}

/// Checks the site, then delivers what is due. `Err(diagnostics)` when the site has errors:
/// nothing is sent from a site that does not build. Files the cache shows unchanged and
/// owing nothing are not parsed.
pub fn notify(
    opts: &NotifyOptions,
    env: &Env,
    tell: &Tell,
) -> Result<Result<Outcome, Vec<Diagnostic>>, Error> {
    let paths = &opts.build.paths;
    let now = opts.build.now;
    let mut time = crate::timings::Phases::start("notify");
    // The config first: it says where the ledger is and who the targets are.
    let (head, diags) = pipeline::check_selected(&opts.build, |_| false);
    let Some(head) = head else {
        return Ok(Err(diags));
    };
    let targets = chosen(opts, &head)?;
    let ledger_path = paths.root.join(&head.config.notify.ledger);
    time.mark("config");
    let mut ledger = Ledger::open(&ledger_path, !opts.dry_run)?;
    time.mark("ledger");
    let cache_path = cache::path_for(&ledger_path);
    let mut cache = Cache::load(&cache_path, &cache::config_key(paths));
    time.mark("cache");
    let hashes = cache::hashes(paths);
    time.mark("hashes");
    let skip: HashSet<&String> = match targets.iter().all(|t| ledger.started(&t.name)) {
        // A first run takes its baseline from every file.
        false => HashSet::new(),
        true => hashes
            .iter()
            .filter(|(file, hash)| cache.settled(file, hash.as_ref(), now))
            .map(|(file, _)| file)
            .collect(),
    };
    time.mark("skip");
    let (site, diags) =
        pipeline::check_selected(&opts.build, |p| !skip.contains(&paths.display(p)));
    let Some(site) = site else {
        return Ok(Err(diags));
    };
    time.mark("check");
    tell.say(Event::Read {
        files: hashes.len() - skip.len(),
        of: hashes.len(),
    });
    let targets = chosen(opts, &site)?;
    let outcome = deliver(opts, &site, targets, &mut ledger, env, tell)?;
    time.mark("deliver");
    // A file is settled when every target has each of its entries, whether or not this run
    // was limited to some targets.
    let all = &site.config.notify.targets;
    let settled = |key: &str| {
        all.iter().all(|t| {
            matches!(
                ledger.state(&t.name, key),
                Some(State::Sent | State::Baseline)
            )
        })
    };
    if !opts.dry_run && cache.update(&site, &hashes, now, settled) {
        cache.save(&cache_path)?;
    }
    time.mark("cache save");
    Ok(Ok(outcome))
}

fn chosen<'s>(opts: &NotifyOptions, site: &'s Site) -> Result<Vec<&'s Target>, Error> {
    let all = &site.config.notify.targets;
    if all.is_empty() {
        return Err(Error::Usage(
            "candor.yaml names no `notify.targets`: there is nowhere to send\nhelp: add a \
             target, e.g. `notify: { targets: [{ name: ops, kind: slack, url_env: \
             SLACK_WEBHOOK_URL }] }` (see docs/notify.md)"
                .into(),
        ));
    }
    for name in &opts.only {
        if !all.iter().any(|t| &t.name == name) {
            let names: Vec<&str> = all.iter().map(|t| t.name.as_str()).collect();
            return Err(Error::Usage(format!(
                "no target named `{name}`\nhelp: {}",
                crate::diagnostic::suggest(name, &names)
                    .unwrap_or_else(|| format!("the targets are: {}", names.join(", ")))
            )));
        }
    }
    Ok(all
        .iter()
        .filter(|t| opts.only.is_empty() || opts.only.contains(&t.name))
        .collect())
}

/// Whether `target` takes entry `e`: a kind `notify.send` names, about its components.
fn concerns(site: &Site, target: &Target, e: &Entry) -> bool {
    let kind = site.config.notify.send.contains(&e.kind);
    kind && (target.components.is_empty()
        || site.incidents[e.incident]
            .components
            .iter()
            .any(|c| target.components.contains(c)))
}

/// The run over a checked site (or the part of it that can owe anything).
fn deliver(
    opts: &NotifyOptions,
    site: &Site,
    targets: Vec<&Target>,
    ledger: &mut Ledger,
    env: &Env,
    tell: &Tell,
) -> Result<Outcome, Error> {
    let now = opts.build.now;
    let due = entries::due(site, now);
    let stamp = now.to_string();
    // Per target, what it is owed, in order; a first run takes its baseline instead.
    let mut plans: Vec<(&Target, Vec<&Entry>)> = Vec::new();
    for t in targets {
        if !ledger.started(&t.name) {
            baseline(ledger, t, &due, &stamp, opts.dry_run, tell)?;
            continue;
        }
        let (mine, passed): (Vec<&Entry>, Vec<&Entry>) = due
            .iter()
            .filter(|e| {
                ledger
                    .state(&t.name, &e.key)
                    .is_none_or(|s| matches!(s, State::Sending | State::Failed))
            })
            .partition(|e| concerns(site, t, e));
        // An entry not for this target when it fell due stays not for it: widening its
        // `components` or `send` later must not send the whole history.
        let passed: Vec<String> = passed
            .iter()
            .filter(|e| ledger.state(&t.name, &e.key).is_none())
            .map(|e| e.key.clone())
            .collect();
        if !passed.is_empty() {
            ledger.record(vec![Line::many(&t.name, passed, State::Baseline, &stamp)])?;
        }
        plans.push((t, mine));
    }
    if plans.iter().all(|(_, owed)| owed.is_empty()) {
        tell.say(Event::NothingNew);
        return Ok(Outcome::default());
    }
    let sites = languages(site, &plans);
    let messages = in_languages(&sites, &plans, now);
    let configs = sites.iter().map(|(k, s)| (*k, &s.config)).collect();
    let ledger = Mutex::new(ledger);
    let run = Run {
        ledger: &ledger,
        messages: &messages,
        stamp: &stamp,
        tell,
        retry: site.config.notify.retry,
        configs: &configs,
    };
    let results: Vec<Result<(usize, bool), Error>> = std::thread::scope(|s| {
        let handles: Vec<_> = plans
            .iter()
            .map(|(t, owed)| {
                let run = &run;
                s.spawn(move || run.target(t, owed, env, opts.dry_run))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a target's thread does not panic"))
            .collect()
    });
    let mut outcome = Outcome::default();
    for ((t, _), r) in plans.iter().zip(results) {
        let (sent, ok) = r?;
        outcome.sent += sent;
        if !ok {
            outcome.failed.push(t.name.clone());
        }
    }
    Ok(outcome)
}

/// The site in each language a target is in (most sites have one: the site itself).
fn languages(site: &Site, plans: &[(&Target, Vec<&Entry>)]) -> Vec<(usize, Site)> {
    let used: std::collections::BTreeSet<usize> = plans.iter().map(|(t, _)| t.language).collect();
    used.into_iter()
        .map(|k| match k {
            0 => (k, site.clone()),
            k => (k, site.in_language(k)),
        })
        .collect()
}

/// Each entry's message in each target language's words, by (language, key).
fn in_languages(
    sites: &[(usize, Site)],
    plans: &[(&Target, Vec<&Entry>)],
    now: jiff::Timestamp,
) -> std::collections::HashMap<(usize, String), Message> {
    let mut out = std::collections::HashMap::new();
    for (k, site) in sites {
        let prepared = crate::channels::prepare(site, now);
        let mine: Vec<(&Target, Vec<&Entry>)> = plans
            .iter()
            .filter(|(t, _)| t.language == *k)
            .cloned()
            .collect();
        for (key, m) in messages(&prepared, &mine) {
            out.insert((*k, key), m);
        }
    }
    out
}

/// A target's first run: everything already due is recorded as known, and nothing old is
/// sent; from the next run on, what is new is sent. The line saying the baseline is taken
/// comes after the (long) line of entries: a write cut short in that line (SIGKILL ends a
/// large write early; a full disk) leaves the target not started once the torn line is cut
/// off, so the next run takes the baseline again instead of sending the whole history.
fn baseline(
    ledger: &mut Ledger,
    t: &Target,
    due: &[Entry],
    stamp: &str,
    dry_run: bool,
    tell: &Tell,
) -> Result<(), Error> {
    // Every entry due, whether or not it is for this target: one that is not for it now
    // must not be sent if its `components` are widened later.
    let keys = due.iter().map(|e| e.key.clone()).collect();
    ledger.record(vec![
        Line::many(&t.name, keys, State::Baseline, stamp),
        Line::start(&t.name, stamp),
    ])?;
    tell.say(Event::Baseline {
        target: t.name.clone(),
        entries: due.len(),
        dry_run,
    });
    Ok(())
}

/// The message of every entry some target is owed, by key.
fn messages(
    p: &Prepared,
    plans: &[(&Target, Vec<&Entry>)],
) -> std::collections::HashMap<String, Message> {
    // The keys a webhook target is owed: only their messages carry Statuspage's objects.
    let hooked: HashSet<&str> = plans
        .iter()
        .filter(|(t, _)| matches!(t.kind, crate::model::TargetKind::Webhook { .. }))
        .flat_map(|(_, owed)| owed.iter().map(|e| e.key.as_str()))
        .collect();
    let mut out = std::collections::HashMap::new();
    for (_, owed) in plans {
        for e in owed {
            if !out.contains_key(&e.key) {
                out.insert(
                    e.key.clone(),
                    message(p, e, hooked.contains(e.key.as_str())),
                );
            }
        }
    }
    out
}

/// What every target's thread shares.
struct Run<'r> {
    ledger: &'r Mutex<&'r mut Ledger>,
    /// By the target's language and the entry's key.
    messages: &'r std::collections::HashMap<(usize, String), Message>,
    stamp: &'r str,
    tell: &'r Tell,
    retry: crate::model::notify::Retry,
    /// The config of each target language's pages.
    configs: &'r std::collections::HashMap<usize, &'r crate::model::Config>,
}

impl Run<'_> {
    /// Sends `owed` to `t` in order; how many went, and whether all did.
    fn target(
        &self,
        t: &Target,
        owed: &[&Entry],
        env: &Env,
        dry_run: bool,
    ) -> Result<(usize, bool), Error> {
        let target = match open(t, env, self.configs[&t.language], dry_run) {
            Ok(d) => d,
            Err(reason) => {
                self.tell.say(Event::Unavailable {
                    target: t.name.clone(),
                    reason,
                    waiting: owed.len(),
                });
                return Ok((0, false));
            }
        };
        let mut sent = 0;
        for (n, e) in owed.iter().enumerate() {
            let m = &self.messages[&(t.language, e.key.clone())];
            if dry_run {
                self.tell.say(Event::WouldSend {
                    target: t.name.clone(),
                    key: e.key.clone(),
                    preview: target.preview(m),
                });
                continue;
            }
            let unfinished = self.unfinished(t, e);
            self.record(t, e, State::Sending)?;
            match self.send(t, &*target, m) {
                Ok(()) => {
                    self.record(t, e, State::Sent)?;
                    sent += 1;
                    self.tell.say(Event::Sent {
                        target: t.name.clone(),
                        key: e.key.clone(),
                        label: format!("{}: {}", m.label, m.title),
                        repeat: (unfinished > 0).then_some(target.repeat()),
                        unfinished,
                    });
                }
                Err(f) => {
                    if f.not_sent {
                        self.record(t, e, State::Failed)?;
                    }
                    self.tell.say(Event::Failed {
                        target: t.name.clone(),
                        key: e.key.clone(),
                        reason: f.reason,
                        waiting: owed.len() - n - 1,
                    });
                    return Ok((sent, false));
                }
            }
        }
        Ok((sent, true))
    }

    fn unfinished(&self, t: &Target, e: &Entry) -> u32 {
        self.ledger
            .lock()
            .expect("the ledger's lock is not poisoned")
            .unfinished(&t.name, &e.key)
    }

    fn record(&self, t: &Target, e: &Entry, state: State) -> Result<(), Error> {
        self.ledger
            .lock()
            .expect("the ledger's lock is not poisoned")
            .record(vec![Line::one(&t.name, &e.key, state, self.stamp)])
    }

    /// One send, tried `retry.attempts` times with a doubling wait (or the wait the receiver
    /// asked for, up to a minute) while the failure is worth retrying.
    fn send(&self, t: &Target, target: &dyn Deliver, m: &Message) -> Result<(), Failure> {
        let mut wait = self.retry.backoff.unsigned_abs();
        let mut attempt = 1;
        loop {
            let f = match target.send(m) {
                Ok(()) => return Ok(()),
                Err(f) => f,
            };
            let too_long = f.after.is_some_and(|a| a > super::http::LONGEST_WAIT);
            if !f.transient || attempt >= self.retry.attempts || too_long {
                return Err(f);
            }
            let pause = f.after.unwrap_or(wait);
            self.tell.say(Event::Retrying {
                target: t.name.clone(),
                reason: f.reason.clone(),
                wait: pause,
            });
            std::thread::sleep(pause);
            wait = wait.saturating_mul(2).min(Duration::from_secs(300));
            attempt += 1;
        }
    }
}

/// `--test NAME`: one test message to one target, not recorded in the ledger.
pub fn test(
    opts: &NotifyOptions,
    name: &str,
    env: &Env,
    tell: &Tell,
) -> Result<Result<Outcome, Vec<Diagnostic>>, Error> {
    let (site, diags) = pipeline::check(&opts.build);
    let Some(site) = site else {
        return Ok(Err(diags));
    };
    let only = NotifyOptions {
        only: vec![name.to_string()],
        ..opts.clone()
    };
    let t = chosen(&only, &site)?[0];
    let m = super::message::test_message(&site, opts.build.now, name);
    let mut outcome = Outcome::default();
    let result = open(t, env, &site.config, false).and_then(|d| d.send(&m).map_err(|f| f.reason));
    match result {
        Ok(()) => {
            outcome.sent = 1;
            tell.say(Event::TestSent {
                target: name.to_string(),
            });
        }
        Err(reason) => {
            outcome.failed.push(name.to_string());
            tell.say(Event::Failed {
                target: name.to_string(),
                key: m.key.clone(),
                reason,
                waiting: 0,
            });
        }
    }
    Ok(Ok(outcome))
}
