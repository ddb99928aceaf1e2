-- GDELT 2.0 event table layout (61 tab-separated columns, no header), one row per counted event.
-- Differences from GDELT, documented in README.md (export): country codes are ISO 3166-1 alpha-3 (GDELT uses
-- CAMEO codes for actors, FIPS for geography); EventCode carries the CAMEO root (PLOVER types map to roots,
-- not to 3-4 digit codes); tone and mention counts are not computed; GlobalEventID is derived from our hash id.
SELECT
    CAST(('0x' || substr(e.id, 1, 15))::UBIGINT AS BIGINT) AS GlobalEventID,
    strftime(coalesce(e.event_date, a.publish_date), '%Y%m%d') AS Day,
    strftime(coalesce(e.event_date, a.publish_date), '%Y%m') AS MonthYear,
    year(coalesce(e.event_date, a.publish_date)) AS Year,
    round(year(coalesce(e.event_date, a.publish_date))
          + (dayofyear(coalesce(e.event_date, a.publish_date)) - 1) / 365.0, 4) AS FractionDate,
    coalesce(e.actor_code, '') || coalesce(e.actor_sector, '') AS Actor1Code,
    e.actor_name AS Actor1Name, e.actor_code AS Actor1CountryCode, NULL AS Actor1KnownGroupCode,
    NULL AS Actor1EthnicCode, NULL AS Actor1Religion1Code, NULL AS Actor1Religion2Code,
    e.actor_sector AS Actor1Type1Code, NULL AS Actor1Type2Code, NULL AS Actor1Type3Code,
    coalesce(e.recipient_code, '') || coalesce(e.recipient_sector, '') AS Actor2Code,
    e.recipient_name AS Actor2Name, e.recipient_code AS Actor2CountryCode, NULL AS Actor2KnownGroupCode,
    NULL AS Actor2EthnicCode, NULL AS Actor2Religion1Code, NULL AS Actor2Religion2Code,
    e.recipient_sector AS Actor2Type1Code, NULL AS Actor2Type2Code, NULL AS Actor2Type3Code,
    CASE WHEN e.sentence_start = min(e.sentence_start) OVER (PARTITION BY e.article_id) THEN 1 ELSE 0 END
        AS IsRootEvent,
    e.cameo_root AS EventCode, e.cameo_root AS EventBaseCode, e.cameo_root AS EventRootCode,
    e.quad_code AS QuadClass, e.goldstein AS GoldsteinScale,
    1 AS NumMentions, 1 AS NumSources, 1 AS NumArticles, NULL AS AvgTone,
    NULL AS Actor1Geo_Type, NULL AS Actor1Geo_FullName, NULL AS Actor1Geo_CountryCode, NULL AS Actor1Geo_ADM1Code,
    NULL AS Actor1Geo_ADM2Code, NULL AS Actor1Geo_Lat, NULL AS Actor1Geo_Long, NULL AS Actor1Geo_FeatureID,
    NULL AS Actor2Geo_Type, NULL AS Actor2Geo_FullName, NULL AS Actor2Geo_CountryCode, NULL AS Actor2Geo_ADM1Code,
    NULL AS Actor2Geo_ADM2Code, NULL AS Actor2Geo_Lat, NULL AS Actor2Geo_Long, NULL AS Actor2Geo_FeatureID,
    CASE WHEN e.loc_name IS NULL THEN NULL ELSE 4 END AS ActionGeo_Type, e.loc_name AS ActionGeo_FullName,
    e.loc_country AS ActionGeo_CountryCode, NULL AS ActionGeo_ADM1Code, NULL AS ActionGeo_ADM2Code,
    e.lat AS ActionGeo_Lat, e.lon AS ActionGeo_Long, NULL AS ActionGeo_FeatureID,
    strftime(a.stored_at, '%Y%m%d%H%M%S') AS DATEADDED,
    a.url AS SOURCEURL
FROM events e JOIN articles a ON a.id = e.article_id
WHERE NOT e.negated AND NOT e.hypothetical AND NOT coalesce(e.duplicate, FALSE)
ORDER BY Day, GlobalEventID
