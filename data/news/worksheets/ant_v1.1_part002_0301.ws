# ant_v1.1_part002_0301 (annotator54)
@P1
PER | علاء الشابي | p1_chebbi
ORG | اتحاد الإذاعة والتلفزيون العربي | p1_asbu          # the body inside "جوائز ..."; "العربي" belongs to its name
REL | CRITICIZES | p1_chebbi | p1_asbu                  # "بلا مصداقية"

@P2
# the speaker is only "المنشط التلفزيوني" here (no PER in P2): no ROLE to the channel.
# Award names ("جائزة الهيثم لأفضل مذيع ...") and programme titles ("عندي ما نقلك") have no type.
ORG | الحوار التونسي | p2_hiwar1                        # the channel's name, "قناة" dropped, "التونسي" part of the name
LOC | الوطن العربي | p2_arabworld                       # place inside the award's name, annotated (§7.6, annotator42)
EVENT | مهرجان جائزة الهيثم للإعلام العربي | p2_festival
ORG | الحوار التونسي | p2_hiwar2
PER | ثامر عبد الصمد | p2_thamer
GPE | قطر | p2_qatar                                   # "من قطر" (origin): no ROLE
PER | أنس مالك المجاري | p2_anas
GPE | العراق | p2_iraq

@P3
# "أهل الفن" (programme title) and the award names "جائز الهيثم", «الهيثم» have no type
PER | الشابي | p3_chebbi
NORP | عرب | p3_arabs
NORP | العربية | p3_arab1
NORP | عربي | p3_arab2                                  # group word inside the award's name
ORG | اتحاد الإذاعة والتلفزيون العربي | p3_asbu
REL | CRITICIZES | p3_chebbi | p3_asbu                  # "فقد مصداقيته لأنه يمنح الجوائز دون معايير"
PER | محمد الهيثم | p3_haitham                           # founder of an EVENT: no ROLE (EVENT is no ROLE target)
DATE | منذ 10 سنوات | p3_10y                            # "10 years ago", like "منذ 13 سنة" (§7.8)
GPE | الأردن | p3_jordan
GPE | دبي | p3_dubai
