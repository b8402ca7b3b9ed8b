@P1
EVENT | ملتقى المدينة الشبابية | p1_forum
GPE | جدة | p1_jeddah

@P2
PER | سلوى المدني | p2_salwa
ORG | عين اليوم | p2_ainalyoum
REL | ROLE | p2_salwa | p2_ainalyoum

@P3
EVENT | معرض شهداء الواجب | p3_exhib
GPE | بلاد الحرمين | p3_ksa
ORG | إدارة الأمن الفكري | p3_ifs
ORG | وزارة الداخلية | p3_moi
EVENT | ملتقى المدينة الشبابية | p3_forum
ORG | المكتب التعاوني للدعوة والإرشاد وتوعية الجاليات | p3_office
GPE | جدة | p3_jeddah
ORG | إمارة منطقة مكة المكرمة | p3_emirate
ORG | وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد | p3_moia
REL | LOCATED_IN | p3_office | p3_jeddah

@P5
EVENT | معرض شهداء الواجب | p5_exhib
GPE | بلاد الحرمين | p5_ksa

@P6
EVENT | المدينة الشبابية | p6_forum
EVENT | معرض شهداء الواجب | p6_exhib

@P7
EVENT | ملتقى المدينة الشبابية | p7_forum
ORG | الهيئة العامة للطيران المدني | p7_gaca
ORG | أمانة جدة | p7_amana
ORG | مؤسسة سالم بن محفوظ الخيرية | p7_mahfouz
ORG | مؤسسة سليمان بن عبدالعزيز الراجحي الخيرية | p7_rajhi
ORG | الندوة العالمية للشباب الإسلامي | p7_wamy
ORG | مثلث الألعاب | p7_games
ORG | عبدالله هاشم المحدودة | p7_hashim
ORG | مجموعة بن زومة | p7_zouma
ORG | مؤسسة محمد وعبدالله إبراهيم السبيعي الخيرية | p7_subaie
ORG | مؤسسة آل الجميح الخيرية | p7_jumaih
ORG | مركز جدة الدولي للكمبيوتر | p7_jicc
ORG | المكتب التعاوني للدعوة والإرشاد وتوعية الجاليات | p7_office
LOC | الحمراء | p7_hamra
LOC | الكورنيش | p7_corniche
GPE | جدة | p7_jeddah
EVENT | ملتقى المدينة | p7_forum2
REL | LOCATED_IN | p7_office | p7_hamra
REL | LOCATED_IN | p7_office | p7_corniche
REL | LOCATED_IN | p7_office | p7_jeddah
