# saudinewsnet_part024_0621 (annotator57)
# Club adjectives ("النصراويين", "الإدارة النصراوية") are not annotated; bare "الفريق", "النادي", "الإدارة"
# are common nouns; "اليوم" alone is not a DATE.
@P2
ORG | النصر | p2_nassr
ORG | الهلال | p2_hilal
EVENT | السوبر | p2_super
DATE | الأربعاء المقبل | p2_wednesday
NORP | البريطانية | p2_british
GPE | لندن | p2_london
REL | VISIT | p2_nassr | p2_london    # the Super Cup in a third country: VISIT for each club
REL | VISIT | p2_hilal | p2_london

@P3
# "وسيتوجه الفريق ... إلى لندن", "معسكره في النمسا": no club named in this paragraph, so no VISIT
DATE | الخميس الماضي الماضي | p3_thursday   # doubled "الماضي" as written
MONEY | 27 مليون ريال | p3_money
NORP | البريطانية | p3_british
GPE | لندن | p3_london
EVENT | السوبر | p3_super
GPE | النمسا | p3_austria

@P4
PER | محمد حسين | p4_mhussein
PER | حسين عبدالغني | p4_abdulghani
GPE | الرياض | p4_riyadh
REL | VISIT | p4_abdulghani | p4_riyadh   # "عاد إلى الرياض" (travel word)

@P5
PER | علي الخيبري | p5_khaibari1
ORG | دوري عبداللطيف جميل | p5_league
NORP | الأورجوياني | p5_uruguayan
PER | دايسلفا | p5_dasilva1
PER | دايسلفا | p5_dasilva2
PER | الخيبري | p5_khaibari2
DATE | الموسم الماضي | p5_lastseason
ORG | دوري نجوم قطر | p5_qsl
ORG | العروبة | p5_orouba
REL | ROLE | p5_khaibari2 | p5_orouba    # "بعد شرائه من العروبة": a former player of the club
DATE | الصيف الماضي | p5_lastsummer

@P6
ORG | الوطن | p6_watan
PER | الخيبري | p6_khaibari
ORG | النصر | p6_nassr
