// AwardDomain module.
