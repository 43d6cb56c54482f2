//! The campaign view's charts: bars drawn to SVG by `plotters` (its SVG
//! backend and naive text measure only: no font file, no fontconfig). A figure
//! under the smallest shown count draws no bar and is labelled "<5", as
//! `/api/stats` writes it. The words around a chart (its title, its
//! description) are the page's, so the SVG holds only codes, days and numbers.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar: what it counts and how many.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub count: i64,
}

const WIDTH: u32 = 760;
const BLUE: RGBColor = RGBColor(29, 112, 184);
const INK: RGBColor = RGBColor(11, 12, 12);

/// The count as shown: the number, or "<5".
pub fn shown(count: i64, smallest_shown: i64) -> String {
    if count < smallest_shown {
        format!("<{smallest_shown}")
    } else {
        count.to_string()
    }
}

/// A bar's drawn height: nothing under the smallest shown count.
fn drawn(count: i64, smallest_shown: i64) -> i64 {
    if count < smallest_shown {
        0
    } else {
        count
    }
}

/// The axis' top: above the highest bar, with room for its label.
fn top(bars: &[Bar], smallest_shown: i64) -> i64 {
    let highest = bars
        .iter()
        .map(|b| drawn(b.count, smallest_shown))
        .max()
        .unwrap_or(0)
        .max(smallest_shown);
    highest.saturating_add(highest / 5).saturating_add(1)
}

/// Upright bars, one per label (days, levels, locales), left to right.
pub fn columns(bars: &[Bar], smallest_shown: i64) -> Result<String, String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 320)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        // At least two slots: plotters draws no bar on a one-segment axis.
        let n = bars.len().max(2);
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(52)
            // Integer ranges are inclusive in plotters: 0..n-1 is n segments.
            .build_cartesian_2d((0..n - 1).into_segmented(), 0..top(bars, smallest_shown))
            .map_err(|e| e.to_string())?;
        let labels: Vec<&str> = bars.iter().map(|b| b.label.as_str()).collect();
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(n.min(12))
            .x_label_formatter(&|x| match x {
                SegmentValue::CenterOf(i) => labels.get(*i).copied().unwrap_or("").to_string(),
                _ => String::new(),
            })
            .label_style(("sans-serif", 17).into_font().color(&INK))
            .axis_style(INK)
            .draw()
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(bars.iter().enumerate().map(|(i, b)| {
                let mut bar = Rectangle::new(
                    [
                        (SegmentValue::Exact(i), 0),
                        (SegmentValue::Exact(i + 1), drawn(b.count, smallest_shown)),
                    ],
                    BLUE.filled(),
                );
                bar.set_margin(0, 0, 4, 4);
                bar
            }))
            .map_err(|e| e.to_string())?;
        // The figure above each bar only when there are few enough to read.
        if bars.len() <= 31 {
            chart
                .draw_series(bars.iter().enumerate().map(|(i, b)| {
                    Text::new(
                        shown(b.count, smallest_shown),
                        (SegmentValue::CenterOf(i), drawn(b.count, smallest_shown)),
                        ("sans-serif", 16)
                            .into_font()
                            .color(&INK)
                            .pos(Pos::new(HPos::Center, VPos::Bottom)),
                    )
                }))
                .map_err(|e| e.to_string())?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

/// Lying bars, one per label (issue codes), the largest first, top down.
pub fn rows(bars: &[Bar], smallest_shown: i64) -> Result<String, String> {
    let mut svg = String::new();
    {
        // At least two rows: plotters draws no label on a one-segment axis.
        let n = bars.len().max(2);
        let height = 60 + 30 * n as u32;
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(30)
            .y_label_area_size(250)
            .build_cartesian_2d(0..top(bars, smallest_shown), (0..n - 1).into_segmented())
            .map_err(|e| e.to_string())?;
        // Row 0 at the top: the axis runs upwards, so the first bar goes last.
        let labels: Vec<&str> = bars.iter().rev().map(|b| b.label.as_str()).collect();
        let offset = n - bars.len();
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&|y| match y {
                SegmentValue::CenterOf(i) => i
                    .checked_sub(offset)
                    .and_then(|i| labels.get(i))
                    .copied()
                    .unwrap_or("")
                    .to_string(),
                _ => String::new(),
            })
            .x_labels(6)
            .label_style(("sans-serif", 17).into_font().color(&INK))
            .axis_style(INK)
            .draw()
            .map_err(|e| e.to_string())?;
        let row = |i: usize| n - 1 - i;
        chart
            .draw_series(bars.iter().enumerate().map(|(i, b)| {
                let mut bar = Rectangle::new(
                    [
                        (0, SegmentValue::Exact(row(i))),
                        (
                            drawn(b.count, smallest_shown),
                            SegmentValue::Exact(row(i) + 1),
                        ),
                    ],
                    BLUE.filled(),
                );
                bar.set_margin(4, 4, 0, 0);
                bar
            }))
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(bars.iter().enumerate().map(|(i, b)| {
                Text::new(
                    format!(" {}", shown(b.count, smallest_shown)),
                    (
                        drawn(b.count, smallest_shown),
                        SegmentValue::CenterOf(row(i)),
                    ),
                    ("sans-serif", 16)
                        .into_font()
                        .color(&INK)
                        .pos(Pos::new(HPos::Left, VPos::Center)),
                )
            }))
            .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars(counts: &[(&str, i64)]) -> Vec<Bar> {
        counts
            .iter()
            .map(|(label, count)| Bar {
                label: label.to_string(),
                count: *count,
            })
            .collect()
    }

    /// The words of a chart: its axis labels and the figures beside its bars.
    fn texts(svg: &str) -> Vec<String> {
        svg.split("<text")
            .skip(1)
            .filter_map(|part| part.split_once('>'))
            .filter_map(|(_, rest)| rest.split_once("</text>"))
            .map(|(text, _)| text.trim().to_string())
            .collect()
    }

    #[test]
    fn small_counts_draw_no_bar_and_read_under_five() {
        let svg = columns(&bars(&[("one", 3), ("two", 12)]), 5).unwrap();
        assert!(svg.starts_with("<svg"), "{svg}");
        let words = texts(&svg);
        assert!(words.contains(&"&lt;5".into()), "the small cell reads <5");
        assert!(words.contains(&"12".into()), "the other its count");
        assert!(words.contains(&"one".into()) && words.contains(&"two".into()));
        // Two bars of the blue are drawn, the small one with no height.
        assert_eq!(svg.matches("fill=\"#1D70B8\"").count(), 2, "{svg}");
        assert!(svg.contains("height=\"0\""), "{svg}");
        assert_eq!(shown(4, 5), "<5");
        assert_eq!(shown(5, 5), "5");
    }

    #[test]
    fn rows_label_each_code_and_empty_data_still_draws() {
        let svg = rows(&bars(&[("required", 40), ("passport-expired", 7)]), 5).unwrap();
        let words = texts(&svg);
        assert!(words.contains(&"required".into()) && words.contains(&"passport-expired".into()));
        assert!(words.contains(&"40".into()), "{words:?}");
        assert!(rows(&[], 5).unwrap().starts_with("<svg"));
        assert!(columns(&[], 5).unwrap().starts_with("<svg"));
        let one = columns(&bars(&[("only", 9)]), 5).unwrap();
        assert!(texts(&one).contains(&"only".into()) && texts(&one).contains(&"9".into()));
        let bar = one
            .lines()
            .find(|l| l.contains("fill=\"#1D70B8\""))
            .expect("the one bar is drawn");
        assert!(
            !bar.contains("width=\"0\"") && !bar.contains("height=\"0\""),
            "{bar}"
        );
        let one = rows(&bars(&[("only", 9)]), 5).unwrap();
        assert!(texts(&one).contains(&"only".into()) && texts(&one).contains(&"9".into()));
        // Hostile labels are escaped, never markup.
        let svg = columns(&bars(&[("<script>", 9)]), 5).unwrap();
        assert!(!svg.contains("<script>"));
    }
}
