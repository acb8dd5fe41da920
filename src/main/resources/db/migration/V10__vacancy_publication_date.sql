-- The publication date of the current version, so that a record sent again without publicationDate keeps the
-- date it was first published on (and the validThrough default computed from it): re-sending the same content on
-- another day must be UNCHANGED, not UPDATED with today's date.
ALTER TABLE vacancy ADD COLUMN publication_date DATE;
