# saudinewsnet_part015_0509 (annotator41)
@P2
PER | سليمان السماحي | p2_samahi
ORG | جمعية حماية المستهلك | p2_cpa
REL | ROLE | p2_samahi | p2_cpa
ORG | الرياض | p2_riyadh_paper
ORG | لجنة الرصد والمتابعة | p2_committee

@P3
PER | السماحي | p3_samahi
ORG | وزارة التجارة | p3_moc
PER | عبدالرحمن القحطاني | p3_qahtani

@P4
PER | السماحي | p4_samahi
ORG | لجنة الرصد والمتابعة | p4_committee
ORG | وزراه التجارة | p4_moc

@P5
ORG | جمعية حماية المستهلك | p5_cpa
DATE | فبراير الماضي | p5_feb
