# saudinewsnet_part013_0665 (annotator56)
# "شركات (حجاج) الداخل", bare "الوزارة", "اللجان الرقابية", "البوابة الإلكترونية" are common nouns; "خلال موسم الحج" (the rule for any season) and "حتى الآن" are not DATE.
@P1
# the amount's unit (riyals) is left implicit by the text: MONEY on the amount as written (annotator14's "120 ملوين")
MONEY | 82 مليونا | p1_82m

@P2
MONEY | 82 مليونا | p2_82m
ORG | وزارة الحج | p2_moh1
MONEY | ٤٠٠ ريال | p2_400
ORG | اللجنة الوطنية للحج والعمرة | p2_committee
PER | عبدالقادر الجبرتي | p2_jabarti1
LOC | منى | p2_mina
ORG | وزارة الحج | p2_moh2
DATE | هذا العام | p2_thisyear
ORG | وزارة الحج | p2_moh3
DATE | موسم هذا العام | p2_season
ORG | وزارة الحج | p2_moh4
PER | الجبرتي | p2_jabarti2
DATE | موسم حج العام الماضي | p2_lastseason
PERCENT | 94 % | p2_94
REL | ROLE | p2_jabarti1 | p2_committee
