//! The walk over geometries and the sinks that consume projected points.
//!
//! A geometry is *streamed* through a [`Project`]ion into a [`PathSink`]:
//! every ring or line becomes `move_to`, a run of `line_to`, and for rings
//! a `close`. The sinks turn that stream into an SVG path string
//! ([`SvgPath`]), a bounding box ([`Bounds`]) or a centroid ([`Centroid`]).

mod bounds;
mod centroid;
mod rect;
mod svg;

pub use bounds::Bounds;
pub use centroid::Centroid;
pub use rect::Rect;
pub use svg::SvgPath;

use geo::{LineString, MultiLineString, MultiPolygon, Polygon};

/// Anything that maps geographic degrees to screen coordinates: what the
/// walk asks of a projection (`crate::projection` implements it).
pub trait Project {
    /// Projects `(lon, lat)` in degrees to screen `(x, y)`.
    fn project(&self, lon: f64, lat: f64) -> (f64, f64);
}

/// Receives projected points, one ring or line at a time.
pub trait PathSink {
    fn move_to(&mut self, x: f64, y: f64);
    fn line_to(&mut self, x: f64, y: f64);
    /// Ends a closed ring. Open lines simply stop.
    fn close(&mut self);
}

/// A geometry that can stream itself through a projection into a sink.
pub trait Stream {
    fn stream<P: Project + ?Sized, S: PathSink + ?Sized>(&self, projection: &P, sink: &mut S);
}

fn stream_points<P, S>(line: &LineString, closed: bool, projection: &P, sink: &mut S)
where
    P: Project + ?Sized,
    S: PathSink + ?Sized,
{
    let coords = &line.0;
    // A closed GeoJSON ring repeats its first point last; `close` draws it.
    let n = if closed && coords.len() > 1 && coords.first() == coords.last() {
        coords.len() - 1
    } else {
        coords.len()
    };
    let mut iter = coords.iter().take(n);
    let Some(first) = iter.next() else {
        return;
    };
    let (x, y) = projection.project(first.x, first.y);
    sink.move_to(x, y);
    for c in iter {
        let (x, y) = projection.project(c.x, c.y);
        sink.line_to(x, y);
    }
    if closed {
        sink.close();
    }
}

impl Stream for LineString {
    fn stream<P: Project + ?Sized, S: PathSink + ?Sized>(&self, projection: &P, sink: &mut S) {
        stream_points(self, false, projection, sink);
    }
}

impl Stream for MultiLineString {
    fn stream<P: Project + ?Sized, S: PathSink + ?Sized>(&self, projection: &P, sink: &mut S) {
        for line in &self.0 {
            stream_points(line, false, projection, sink);
        }
    }
}

impl Stream for Polygon {
    fn stream<P: Project + ?Sized, S: PathSink + ?Sized>(&self, projection: &P, sink: &mut S) {
        stream_points(self.exterior(), true, projection, sink);
        for hole in self.interiors() {
            stream_points(hole, true, projection, sink);
        }
    }
}

impl Stream for MultiPolygon {
    fn stream<P: Project + ?Sized, S: PathSink + ?Sized>(&self, projection: &P, sink: &mut S) {
        for polygon in &self.0 {
            polygon.stream(projection, sink);
        }
    }
}

impl<T: Stream> Stream for [T] {
    fn stream<P: Project + ?Sized, S: PathSink + ?Sized>(&self, projection: &P, sink: &mut S) {
        for item in self {
            item.stream(projection, sink);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::polygon;

    /// Projection that maps degrees straight to pixels, for readable tests.
    struct Identity;
    impl Project for Identity {
        fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
            (lon, lat)
        }
    }

    #[derive(Default)]
    struct Log(Vec<String>);
    impl PathSink for Log {
        fn move_to(&mut self, x: f64, y: f64) {
            self.0.push(format!("M{x},{y}"));
        }
        fn line_to(&mut self, x: f64, y: f64) {
            self.0.push(format!("L{x},{y}"));
        }
        fn close(&mut self) {
            self.0.push("Z".into());
        }
    }

    #[test]
    fn polygon_streams_each_ring_without_the_repeated_point() {
        let p = polygon!(
            exterior: [(x: 0., y: 0.), (x: 4., y: 0.), (x: 4., y: 4.), (x: 0., y: 0.)],
            interiors: [[(x: 1., y: 1.), (x: 2., y: 1.), (x: 2., y: 2.), (x: 1., y: 1.)]],
        );
        let mut log = Log::default();
        p.stream(&Identity, &mut log);
        assert_eq!(
            log.0,
            ["M0,0", "L4,0", "L4,4", "Z", "M1,1", "L2,1", "L2,2", "Z"]
        );
    }

    #[test]
    fn line_is_left_open() {
        let l = LineString::from(vec![(0., 0.), (1., 1.)]);
        let mut log = Log::default();
        l.stream(&Identity, &mut log);
        assert_eq!(log.0, ["M0,0", "L1,1"]);
    }

    #[test]
    fn empty_line_emits_nothing() {
        let l = LineString::<f64>::new(vec![]);
        let mut log = Log::default();
        l.stream(&Identity, &mut log);
        assert!(log.0.is_empty());
    }
}
