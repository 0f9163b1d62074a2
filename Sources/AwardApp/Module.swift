// AwardApp module.
