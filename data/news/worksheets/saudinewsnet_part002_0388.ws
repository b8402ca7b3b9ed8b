# saudinewsnet_part002_0388 (annotator47)
# Egypt's extradition request and the detention in Berlin are enforcement, not CRITICIZES (like a bounty, §7.7); the court's sentence is (§7.3).
@P1
GPE | ألمانيا | p1_germany
ORG | الجزيرة | p1_jazeera
PER | أحمد منصور | p1_mansour
NORP | مصري | p1_egyptian
REL | ROLE | p1_mansour | p1_jazeera

@P2
NORP | الألمانية | p2_german
ORG | الجزيرة | p2_jazeera
PER | أحمد منصور | p2_mansour
DATE | اليوم الاثنين | p2_monday
GPE | برلين | p2_berlin
GPE | مصر | p2_egypt
REL | ROLE | p2_mansour | p2_jazeera

@P3
ORG | مكتب الادعاء العام | p3_prosecutor
GPE | برلين | p3_berlin
PER | منصور | p3_mansour
GPE | مصر | p3_egypt
GPE | ألمانيا | p3_germany
REL | LOCATED_IN | p3_prosecutor | p3_berlin

@P4
PER | منصور | p4_mansour
FAC | سجن مؤبيد المركزي | p4_prison       # "سجن" kept: "مؤبيد" alone would read as the district
GPE | برلين | p4_berlin
REL | LOCATED_IN | p4_prison | p4_berlin

@P5
ORG | محكمة جنايات القاهرة | p5_court
DATE | العام الماضي | p5_lastyear
PER | منصور | p5_mansour
NORP | المصرية | p5_egyptian
NORP | البريطانية | p5_british
FAC | ميدان التحرير | p5_tahrir
GPE | القاهرة | p5_cairo
EVENT | انتفاضة 2011 | p5_uprising       # the year names the uprising, like ثورة 25 يناير
ORG | الوئام | p5_wiam
GPE | ألمانيا | p5_germany
ORG | الجزيرة | p5_jazeera
PER | أحمد منصور | p5_mansour2
NORP | مصري | p5_egyptian2
REL | CRITICIZES | p5_court | p5_mansour
REL | LOCATED_IN | p5_tahrir | p5_cairo
REL | ROLE | p5_mansour2 | p5_jazeera
