// AwardStore module.
