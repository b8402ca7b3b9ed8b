# saudinewsnet_part023_0396 (annotator47)
# "الرئيس العام لرعاية الشباب" is an official title: no ORG inside it, no ROLE (annotator23). "اتحاد كرة القدم" names no country: a common-noun reference (annotator37).
@P2
PER | عبدالله بن مساعد | p2_bin_musaed
ORG | دوري المحترفين | p2_league

@P3
NORP | السعودية | p3_saudi
PERCENT | ٩٠ بالمئة | p3_pct
ORG | رعاية الشباب | p3_gpyw          # short name of the General Presidency for Youth Welfare as a body

@P4
ORG | دنيا الرياضة | p4_dunya          # the paper's sports supplement, a medium (quotes outside)
ORG | مانشستر يونايتد | p4_manutd
NORP | الإنجليزي | p4_english
ORG | يوفنتوس | p4_juve
NORP | الإيطالي | p4_italian
NORP | السعودية | p4_saudi

@P5
ORG | رعاية الشباب | p5_gpyw1
ORG | رعاية الشباب | p5_gpyw2
