//! Pixel tests of the map at chosen dates: the app's real output, tessellated by egui and filled by the
//! crate's CPU rasterizer (no GPU or display), must show each district in the colour of whoever held it,
//! and stripes of both sides where control was partial.

use aleppo_atlas::app::{AtlasApp, StartOptions};
use atlas_draw::export::raster::{Canvas, TextureStore};
use chrono::NaiveDate;
use egui::Color32;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, TestRenderer};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Keeps every texture egui sends (the font atlas comes in the first frame).
struct CpuTextures(Rc<RefCell<TextureStore>>);

impl TestRenderer for CpuTextures {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        self.0.borrow_mut().apply(delta);
        delta.clear();
    }

    /// The frame filled by the export's rasterizer.
    fn render(
        &mut self,
        ctx: &egui::Context,
        output: &egui::FullOutput,
    ) -> Result<image::RgbaImage, String> {
        let ppp = output.pixels_per_point;
        let size = ctx.content_rect().size() * ppp;
        let (w, h) = (size.x.round() as u32, size.y.round() as u32);
        let primitives = ctx.tessellate(output.shapes.clone(), ppp);
        let mut canvas = Canvas::new(w as usize, h as usize, Color32::TRANSPARENT);
        canvas.draw(&primitives, &self.0.borrow(), ppp);
        image::RgbaImage::from_raw(w, h, canvas.into_rgba()).ok_or_else(|| "size".to_string())
    }
}

struct Rendered {
    harness: Harness<'static, AtlasApp>,
    canvas: Canvas,
}

fn render_at(date: &str) -> Rendered {
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("test date");
    let textures = Rc::new(RefCell::new(TextureStore::default()));
    let context: Rc<RefCell<Option<egui::Context>>> = Rc::default();
    let slot = context.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1500.0, 940.0))
        .with_theme(egui::Theme::Light)
        .allow_missing_glyphs()
        .renderer(CpuTextures(textures.clone()))
        .build_eframe(move |cc| {
            *slot.borrow_mut() = Some(cc.egui_ctx.clone());
            AtlasApp::new(
                cc,
                StartOptions {
                    files: Vec::new(),
                    date: Some(day),
                    ..StartOptions::default()
                },
            )
        });
    harness.run();
    let ctx = context.borrow().clone().expect("the app was built");
    let output = harness.output();
    let ppp = output.pixels_per_point;
    let primitives = ctx.tessellate(output.shapes.clone(), ppp);
    let mut canvas = Canvas::new(1500, 940, Color32::WHITE);
    canvas.draw(&primitives, &textures.borrow(), ppp);
    Rendered { harness, canvas }
}

impl Rendered {
    /// How often each colour occurs in a square of `half` points around a district's label point.
    fn colours_around(&self, district_name: &str, half: f32) -> HashMap<[u8; 3], usize> {
        let centre = self
            .harness
            .get_by_label(&format!("District {district_name}"))
            .rect()
            .center();
        let mut counts = HashMap::new();
        let (x0, y0) = ((centre.x - half) as usize, (centre.y - half) as usize);
        let side = (2.0 * half) as usize;
        for y in y0..y0 + side {
            for x in x0..x0 + side {
                if let Some([r, g, b, _]) = self.canvas.pixel(x, y) {
                    *counts.entry([r, g, b]).or_insert(0) += 1;
                }
            }
        }
        counts
    }

    /// The most common colour around a district's label point.
    fn dominant_colour(&self, district_name: &str) -> [u8; 3] {
        let counts = self.colours_around(district_name, 16.0);
        counts
            .into_iter()
            .max_by_key(|(_, n)| *n)
            .map(|(c, _)| c)
            .unwrap_or_default()
    }

    fn fill_of(&self, district_id: &str) -> [u8; 3] {
        let c = self
            .harness
            .state()
            .fill_colour_of(district_id)
            .expect("known district");
        [c.r(), c.g(), c.b()]
    }

    fn shows_its_fill(&self, district_id: &str, district_name: &str) {
        assert_eq!(
            self.dominant_colour(district_name),
            self.fill_of(district_id),
            "{district_name} on {}",
            self.harness.state().day()
        );
    }
}

#[test]
fn before_the_offensive_the_east_is_green() {
    let r = render_at("2016-11-14");
    let rebels = r.fill_of("hanano");
    let government = r.fill_of("new-aleppo");
    assert_ne!(rebels, government);
    r.shows_its_fill("hanano", "Hanano");
    r.shows_its_fill("sheikh-saeed", "Sheikh Sa'eed");
    r.shows_its_fill("new-aleppo", "New Aleppo");
    assert_eq!(r.dominant_colour("Sheikh Sa'eed"), rebels);
}

#[test]
fn after_the_northeast_collapse_hanano_is_government_and_the_kurdish_parts_are_striped() {
    let r = render_at("2016-11-28");
    r.shows_its_fill("hanano", "Hanano");
    r.shows_its_fill("jabal-badro", "Jabal Badro");
    assert_eq!(r.fill_of("hanano"), r.fill_of("new-aleppo"));
    // Trab al-Hellok is partly Kurdish, partly government: both colours show as stripes.
    let counts = r.colours_around("Trab al-Hellok", 14.0);
    let total: usize = counts.values().sum();
    let share = |c: [u8; 3]| counts.get(&c).copied().unwrap_or(0) as f32 / total as f32;
    let kurdish = r.fill_of("sheikh-maqsoud");
    let government = r.fill_of("new-aleppo");
    assert!(share(kurdish) > 0.1, "Kurdish share {}", share(kurdish));
    assert!(
        share(government) > 0.1,
        "government share {}",
        share(government)
    );
}

#[test]
fn at_the_end_the_east_is_government() {
    let r = render_at("2016-12-22");
    r.shows_its_fill("sheikh-saeed", "Sheikh Sa'eed");
    r.shows_its_fill("sheikh-maqsoud", "ash-Sheikh Maqsoud");
    assert_eq!(r.fill_of("sheikh-saeed"), r.fill_of("new-aleppo"));
    assert_ne!(r.fill_of("sheikh-maqsoud"), r.fill_of("new-aleppo"));
}
