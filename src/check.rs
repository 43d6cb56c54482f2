//! The context the rules judge an application in. A rule reads the form only
//! through a [`Rule`] opened at the field it judges, and every read is recorded
//! whether or not the rule reports, so the library knows by construction which
//! fields each field's issues depend on (FORM.md 1.1, "Checking one field"):
//! no dependency list is kept by hand beside the rules.

use crate::code::IssueCode;
use crate::date::Date;
use crate::field::{Field, FieldSet};
use crate::form::{Form, Read};
use crate::report::{Findings, Params};
use crate::rules::eligibility;
use std::borrow::Cow;

/// What the rules made of each field's value (E.164 phone, upper-case name,
/// ...), by field, for the normalized application.
pub type Normalizations = [Option<Cow<'static, str>>; Field::ALL.len()];

/// What the rules share while they judge one application. The form itself is
/// read-only: rules read it and write findings and normalized values.
pub struct Check<'a, 'src> {
    form: &'a Form<'src>,
    findings: &'a mut Findings,
    normalized: &'a mut Normalizations,
    today: Date,
    dependencies: &'a mut Dependencies,
}

impl<'a, 'src> Check<'a, 'src> {
    pub fn new(
        form: &'a Form<'src>,
        findings: &'a mut Findings,
        normalized: &'a mut Normalizations,
        today: Date,
        dependencies: &'a mut Dependencies,
    ) -> Check<'a, 'src> {
        Check {
            form,
            findings,
            normalized,
            today,
            dependencies,
        }
    }

    /// Opens a rule that judges `field`: it may report there, and only there.
    pub fn rule(&mut self, field: Field) -> Rule<'_, 'a, 'src> {
        Rule {
            check: self,
            at: field,
            judged: FieldSet::of(field),
            read: Reads::default(),
        }
    }

    /// Opens a rule that judges `block` and everything inside it: it may report
    /// at the block and remove every issue inside it (a block found not
    /// applicable).
    pub fn rule_over(&mut self, block: Field) -> Rule<'_, 'a, 'src> {
        Rule {
            check: self,
            at: block,
            judged: FieldSet::within(block),
            read: Reads::default(),
        }
    }
}

/// One rule while it runs: what it reads is recorded when it ends.
pub struct Rule<'c, 'a, 'src> {
    check: &'c mut Check<'a, 'src>,
    at: Field,
    judged: FieldSet,
    read: Reads,
}

/// What a rule read: fields' values as given, and fields' issues so far (a
/// field with an error is not used).
#[derive(Clone, Copy, Debug, Default)]
struct Reads {
    values: FieldSet,
    issues: FieldSet,
}

impl<'a> Rule<'_, 'a, '_> {
    /// The reference date.
    pub fn today(&self) -> Date {
        self.check.today
    }

    /// Whether the field was given at all (with or without an error).
    pub fn is_given(&mut self, field: Field) -> bool {
        self.read.values = self.read.values.with(field);
        self.check.form.is_given(field)
    }

    /// Whether a block was given as an object (its fields can then be given).
    pub fn is_block(&mut self, block: Field) -> bool {
        self.read.values = self.read.values.with(block);
        self.check.form.read_of(block) == Some(Read::Block)
    }

    /// Whether the field carries an error so far.
    pub fn has_error(&mut self, field: Field) -> bool {
        self.read.issues = self.read.issues.with(field);
        self.check.findings.has_error(field)
    }

    /// The value of a field that has no error (a rule that needs a field with an
    /// error of its own is not applied: one mistake, one issue).
    fn usable(&mut self, field: Field) -> Option<Read> {
        if self.has_error(field) {
            return None;
        }
        self.read.values = self.read.values.with(field);
        self.check.form.read_of(field)
    }

    /// The trimmed text of a field that has no error, borrowed from the form.
    pub fn text(&mut self, field: Field) -> Option<&'a str> {
        self.usable(field)?;
        let form: &'a Form<'_> = self.check.form;
        form.text_of(field)
    }

    /// The date of a field that has no error.
    pub fn date(&mut self, field: Field) -> Option<Date> {
        match self.usable(field)? {
            Read::Date(date) => Some(date),
            _ => None,
        }
    }

    /// The flag of a field that has no error.
    pub fn flag(&mut self, field: Field) -> Option<bool> {
        match self.usable(field)? {
            Read::Flag(flag) => Some(flag),
            _ => None,
        }
    }

    /// The account level, when it has no error.
    pub fn level(&mut self) -> Option<u8> {
        match self.usable(Field::Level)? {
            Read::Level(level) => Some(level),
            _ => None,
        }
    }

    /// The applicant's completed years, from a date of birth with no error.
    pub fn applicant_age(&mut self) -> Option<i32> {
        let today = self.today();
        self.date(Field::ApplicantDateOfBirth)
            .map(|born| born.age_on(today))
    }

    /// Whether the applicant needs a representative; `None` when that cannot be
    /// known.
    pub fn representative_required(&mut self) -> Option<bool> {
        let ward = self.flag(Field::ApplicantWard);
        let age = self.applicant_age();
        eligibility::representative_required(ward, age)
    }

    /// Records an issue at the field this rule judges (one issue per field).
    pub fn report(&mut self, code: IssueCode, params: Params) {
        self.check.findings.add(self.at, code, params);
    }

    /// Records what the rules made of the judged field's value (E.164 phone,
    /// upper-case name, ...), for the normalized application.
    pub fn normalize(&mut self, value: impl Into<Cow<'static, str>>) {
        self.check.normalized[self.at.index()] = Some(value.into());
    }

    /// Forgets every issue inside the judged block (not the block's own): its
    /// fields are not judged. Only for a rule opened with [`Check::rule_over`].
    pub fn clear_inside(&mut self) {
        debug_assert!(self.judged == FieldSet::within(self.at));
        self.check.findings.clear_within(self.at);
    }
}

impl Drop for Rule<'_, '_, '_> {
    fn drop(&mut self) {
        self.check.dependencies.rules.push((self.judged, self.read));
    }
}

/// For every rule that ran: the fields it judges and what it read.
#[derive(Debug, Default)]
pub struct Dependencies {
    rules: Vec<(FieldSet, Reads)>,
}

impl Dependencies {
    /// Every field whose issues can change when the given values of `changed`
    /// change: those fields themselves (their shape), and, again and again until
    /// nothing is added, the fields judged by a rule that read one of those
    /// values or one of those fields' issues.
    pub fn judged_when(&self, changed: FieldSet) -> FieldSet {
        let mut reached = changed;
        loop {
            let before = reached;
            for &(judged, read) in &self.rules {
                if read.values.intersects(changed) || read.issues.intersects(reached) {
                    reached = reached.union(judged);
                }
            }
            if reached == before {
                return reached;
            }
        }
    }
}
