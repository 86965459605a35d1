//! The coordinate reference system a layer declares in the legacy GeoJSON `crs` member (GeoJSON of
//! 2008; RFC 7946 dropped it but QGIS and GDAL still write it): longitude/latitude in WGS84 is taken
//! as it is; any EPSG code that proj4rs can convert (UTM zones such as EPSG:32637, Web Mercator…) is
//! converted to longitude/latitude as the file is read, and said in the import report; anything else
//! is refused with a message naming the CRS.

use proj4rs::Proj;
use serde_json::Value;

/// What the `crs` member asks for.
pub(super) enum LayerCrs {
    /// Longitude and latitude in WGS84 (CRS84, EPSG:4326, or no `crs` member).
    LonLat,
    /// Projected coordinates, to convert.
    Projected { code: u16, from: Box<Proj> },
}

/// The CRS of a FeatureCollection's `crs` member; Err says why it cannot be read.
pub(super) fn crs_of(top: &serde_json::Map<String, Value>) -> Result<LayerCrs, String> {
    let Some(crs) = top.get("crs") else {
        return Ok(LayerCrs::LonLat);
    };
    if crs.is_null() {
        return Ok(LayerCrs::LonLat);
    }
    let name = crs
        .get("properties")
        .and_then(|p| p.get("name"))
        .and_then(Value::as_str)
        .ok_or_else(|| {
            "only a named CRS ({\"type\": \"name\", \"properties\": {\"name\": …}}) can be read: \
             reproject the layer to WGS84 (EPSG:4326)"
                .to_string()
        })?;
    let upper = name.to_ascii_uppercase();
    if upper.ends_with("CRS84") || upper.ends_with("CRS:84") {
        return Ok(LayerCrs::LonLat);
    }
    let code = epsg_code(&upper).ok_or_else(|| {
        format!("the layer's coordinates are in \"{name}\", which Aleppo Atlas cannot convert: reproject it to WGS84 (EPSG:4326), for example with ogr2ogr -t_srs EPSG:4326")
    })?;
    if code == 4326 {
        return Ok(LayerCrs::LonLat);
    }
    let definition = crs_definitions::from_code(code).ok_or_else(|| {
        format!("the layer's coordinates are in EPSG:{code}, which Aleppo Atlas does not know: reproject it to WGS84 (EPSG:4326)")
    })?;
    let from = Proj::from_proj_string(definition.proj4)
        .map_err(|e| format!("EPSG:{code} could not be set up for conversion: {e}"))?;
    if from.is_latlong() {
        return Err(format!(
            "the layer's coordinates are in EPSG:{code}, a longitude/latitude system other than WGS84: reproject it to WGS84 (EPSG:4326)"
        ));
    }
    Ok(LayerCrs::Projected {
        code,
        from: Box::new(from),
    })
}

/// The EPSG code in "EPSG:32637", "urn:ogc:def:crs:EPSG::32637" or "…/EPSG/0/32637".
fn epsg_code(upper: &str) -> Option<u16> {
    let at = upper.find("EPSG")?;
    let digits: String = upper[at + 4..]
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Converts every position of every feature's geometry from `from` to longitude/latitude in
/// place; Err names the feature and what failed.
pub(super) fn to_lon_lat(features: &mut [Value], from: &Proj) -> Result<(), (usize, String)> {
    let to = Proj::from_proj_string("+proj=longlat +datum=WGS84 +no_defs")
        .map_err(|e| (0, format!("WGS84 could not be set up: {e}")))?;
    for (index, feature) in features.iter_mut().enumerate() {
        if let Some(coordinates) = feature
            .get_mut("geometry")
            .and_then(|g| g.get_mut("coordinates"))
        {
            convert(coordinates, from, &to).map_err(|e| (index, e))?;
        }
    }
    Ok(())
}

/// Converts the positions of a coordinates array, however deep (a position is an array of numbers).
fn convert(value: &mut Value, from: &Proj, to: &Proj) -> Result<(), String> {
    let Value::Array(items) = value else {
        return Ok(());
    };
    let is_position = items.first().is_some_and(Value::is_number);
    if !is_position {
        return items.iter_mut().try_for_each(|v| convert(v, from, to));
    }
    let (Some(x), Some(y)) = (
        items.first().and_then(Value::as_f64),
        items.get(1).and_then(Value::as_f64),
    ) else {
        return Ok(());
    };
    let mut point = (x, y, 0.0);
    proj4rs::transform::transform(from, to, &mut point)
        .map_err(|e| format!("the position [{x}, {y}] cannot be converted: {e}"))?;
    let (lon, lat) = (point.0.to_degrees(), point.1.to_degrees());
    if !lon.is_finite() || !lat.is_finite() {
        return Err(format!(
            "the position [{x}, {y}] does not convert to a place on Earth"
        ));
    }
    *items = vec![Value::from(lon), Value::from(lat)];
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> serde_json::Map<String, Value> {
        serde_json::from_str(&format!(
            r#"{{"crs":{{"type":"name","properties":{{"name":"{name}"}}}}}}"#
        ))
        .expect("json")
    }

    #[test]
    fn lon_lat_names_are_taken_as_they_are() {
        for name in [
            "urn:ogc:def:crs:OGC:1.3:CRS84",
            "EPSG:4326",
            "urn:ogc:def:crs:EPSG::4326",
        ] {
            assert!(
                matches!(crs_of(&named(name)), Ok(LayerCrs::LonLat)),
                "{name}"
            );
        }
    }

    #[test]
    fn a_utm_layer_converts_to_aleppo() {
        let Ok(LayerCrs::Projected { code, from }) = crs_of(&named("urn:ogc:def:crs:EPSG::32637"))
        else {
            panic!("UTM 37N is convertible");
        };
        assert_eq!(code, 32637);
        // A point of Aleppo in UTM zone 37N (metres), as QGIS gives it.
        let mut features =
            vec![serde_json::json!({"geometry":{"coordinates":[[[335000.0, 4008000.0, 12.0]]]}})];
        to_lon_lat(&mut features, &from).expect("converts");
        let p = &features[0]["geometry"]["coordinates"][0][0];
        let (lon, lat) = (p[0].as_f64().expect("lon"), p[1].as_f64().expect("lat"));
        assert!(
            (lon - 37.1646).abs() < 1e-3 && (lat - 36.2028).abs() < 1e-3,
            "{lon} {lat}"
        );
        assert_eq!(p.as_array().map(Vec::len), Some(2), "z is dropped");
    }

    #[test]
    fn an_unknown_crs_is_refused_by_name() {
        let Err(message) = crs_of(&named("urn:ogc:def:crs:OGC::MadeUp")) else {
            panic!("refused");
        };
        assert!(
            message.contains("MadeUp") && message.contains("EPSG:4326"),
            "{message}"
        );
    }
}
